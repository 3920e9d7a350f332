x = f'''{a
