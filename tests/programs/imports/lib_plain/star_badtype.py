__all__ = ['ok_name', 7]
ok_name = "ok"
