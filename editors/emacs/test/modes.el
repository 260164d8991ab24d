;; Headless check that editors/emacs/factlint.el starts factlint in exactly
;; Markdown and plain text, never in modes derived from text-mode (LaTeX,
;; Org), and not over another installed server. For each file named on the
;; command line, writes "NAME MODE factlint|-" to $FACTLINT_EMACS_OUT.
;; Run by Tests/FactlintCLITests/EditorTests.swift.
(let ((out (getenv "FACTLINT_EMACS_OUT")) (lines '()))
  (dolist (file command-line-args-left)
    (with-current-buffer (find-file-noselect file)
      (push (format "%s %s %s" (file-name-nondirectory file) major-mode
                    (if (local-variable-p 'eglot-server-programs) "factlint" "-"))
            lines)))
  (setq command-line-args-left nil)
  (with-temp-file out (insert (mapconcat #'identity (reverse lines) "\n") "\n"))
  (kill-emacs 0))
