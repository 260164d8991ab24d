import FactlintCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(Factlint.main(Array(CommandLine.arguments.dropFirst())))
