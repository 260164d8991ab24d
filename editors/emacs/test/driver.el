;; Headless check of editors/emacs/factlint.el with Eglot: waits for the
;; diagnostic, applies the quick fix, writes what a user sees to
;; $FACTLINT_EMACS_OUT. Run by Tests/FactlintCLITests/EditorTests.swift.
(require 'markdown-mode nil t)
(let ((out (getenv "FACTLINT_EMACS_OUT")) (lines '()))
  (find-file (car command-line-args-left))
  (setq command-line-args-left nil)
  (apply #'eglot (eglot--guess-contact))
  (let ((deadline (+ (float-time) 20)))
    (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
      (accept-process-output nil 0.2)
      (ignore-errors (flymake-start))))
  (dolist (d (flymake-diagnostics))
    (push (format "diagnostic %d %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)) lines))
  (push (format "diagnostic count: %d" (length (flymake-diagnostics))) lines)
  (when (flymake-diagnostics)
    (goto-char (flymake-diagnostic-beg (car (flymake-diagnostics))))
    ;; The hover eldoc shows at the finding.
    (condition-case err
        (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover (eglot--TextDocumentPositionParams))))
          (push (format "hover: %s" (plist-get (plist-get hover :contents) :value)) lines))
      (error (push (format "hover error: %S" err) lines)))
    ;; Two quick fixes (the fix, "Ignore here"): Eglot asks which; the user
    ;; takes the default, the preferred fix, as RET at the prompt does.
    (let ((last-nonmenu-event ?\r)
          (completing-read-function (lambda (_prompt _collection &optional _pred _req _init _hist def &rest _)
                                      (if (consp def) (car def) def))))
      (condition-case err (eglot-code-actions (point) (point) "quickfix" t) (error (push (format "code action error: %S" err) lines))))
    (accept-process-output nil 0.5))
  (push (concat "text: " (buffer-substring-no-properties (point-min) (point-max))) lines)
  (with-temp-file out (insert (mapconcat #'identity (reverse lines) "\n") "\n"))
  (kill-emacs 0))
