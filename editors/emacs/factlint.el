;;; factlint.el --- factlint with Eglot  -*- lexical-binding: t; -*-
;; Load with (load "path/to/editors/emacs/factlint.el").  Markdown and plain
;; text buffers visiting a file are then checked with `factlint lsp'.
;;
;; Eglot runs one server per buffer.  factlint starts only where no other
;; installed server is configured for the mode (marksman for Markdown, say),
;; unless `factlint-over-other-servers' is set; and only in exactly the modes
;; of `factlint-modes', never in modes derived from them (LaTeX and Org
;; derive from text-mode).  `M-x factlint-eglot' starts it in any buffer.
(require 'eglot)
(require 'cl-lib)

(defgroup factlint nil "Check drafts' figures against a fact base." :group 'tools)

(defcustom factlint-command '("factlint" "lsp" "--stdio")
  "The factlint language server and its arguments." :type '(repeat string))

(defcustom factlint-modes '(markdown-mode gfm-mode markdown-ts-mode text-mode)
  "Major modes checked: these exactly, not modes derived from them." :type '(repeat symbol))

(defcustom factlint-over-other-servers nil
  "Non-nil: check with factlint even where Eglot has another server for the mode."
  :type 'boolean)

;; Settings, sent as initializationOptions (relative paths are the project's):
;; (setq-default eglot-workspace-configuration '(:factlint (:facts ["my-facts.json"])))

(defun factlint--other-server ()
  "The program of another installed server `eglot-server-programs' has for this buffer, if any."
  (cl-some (lambda (entry)
             (let* ((modes (if (listp (car entry)) (car entry) (list (car entry))))
                    (contact (cdr entry))
                    (contact (if (functionp contact) (ignore-errors (funcall contact nil)) contact))
                    (program (and (consp contact) (stringp (car contact)) (car contact))))
               (and (cl-some (lambda (m) (provided-mode-derived-p major-mode (if (consp m) (car m) m))) modes)
                    program (not (equal program (car factlint-command)))
                    (executable-find program)
                    program)))
           (default-value 'eglot-server-programs)))

(defun factlint-eglot ()
  "Check this buffer with factlint (Eglot runs one server per buffer)."
  (interactive)
  (setq-local eglot-server-programs (cons (cons major-mode factlint-command) (default-value 'eglot-server-programs)))
  (if (called-interactively-p 'any) (call-interactively #'eglot) (eglot-ensure)))

(defun factlint-maybe-eglot ()
  "Start factlint in a Markdown or plain text buffer visiting a file, beside no other server."
  (when (and buffer-file-name (memq major-mode factlint-modes))
    (let ((other (and (not factlint-over-other-servers) (factlint--other-server))))
      (if other
          (message "factlint: not started, Eglot uses %s here (M-x factlint-eglot, or set factlint-over-other-servers)" other)
        (factlint-eglot)))))

(add-hook 'text-mode-hook #'factlint-maybe-eglot)  ; runs for markdown-mode too, which derives from text-mode

;; Without markdown-mode a .md file opens in fundamental-mode: check it as text.
(unless (locate-library "markdown-mode")
  (add-to-list 'auto-mode-alist '("\\.\\(?:md\\|markdown\\|mdown\\|mkd\\)\\'" . text-mode)))

(provide 'factlint)
;;; factlint.el ends here
