# factlint for Kakoune with kakoune-lsp 18 or later: put this in your kakrc
# (or source it). kakoune-lsp ≥ 18 reads servers from the `lsp_servers`
# option; if ~/.config/kak-lsp/kak-lsp.toml exists it reads that file instead
# and ignores `lsp_servers`, so remove or rename it.

eval %sh{kak-lsp}

# Beside the servers kakoune-lsp sets up for Markdown: registered after them,
# and added (-add), not set, so theirs stay.
hook -group factlint global BufSetOption filetype=markdown %{
    set-option -add buffer lsp_servers %{
        [factlint]
        args = ["lsp", "--stdio"]
        root_globs = [".factlint.json", ".git", ".hg"]
        # Settings (protocol/README.md): settings_section = "factlint", then
        # [factlint.settings.factlint] with facts = ["my-facts.json"]
    }
}

# Kakoune gives .txt files no filetype: name one, so that drafts in plain text
# are checked too.
hook -group factlint global BufCreate .*\.(txt|text) %{
    set-option buffer filetype plaintext
}
hook -group factlint global BufSetOption filetype=plaintext %{
    set-option -add buffer lsp_servers %{
        [factlint]
        args = ["lsp", "--stdio"]
        root_globs = [".factlint.json", ".git", ".hg"]
    }
}

lsp-enable
