;;; factlint.el --- factlint with eglot  -*- lexical-binding: t; -*-
;; Load with (load "path/to/editors/emacs/factlint.el"), then M-x eglot in a Markdown or text buffer.
(require 'eglot)
(add-to-list 'eglot-server-programs
             '((markdown-mode text-mode) . ("factlint" "lsp" "--stdio")))
;; Settings, sent as initializationOptions:
;; (setq-default eglot-workspace-configuration '(:factlint (:facts ["my-facts.json"])))
(add-hook 'markdown-mode-hook #'eglot-ensure)
(add-hook 'text-mode-hook #'eglot-ensure)
(provide 'factlint)
