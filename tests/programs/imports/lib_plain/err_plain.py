PLAIN = "err_plain is a plain module"
