__all__ = ['present', 'missing_name']
present = "present"
