# -*- coding: utf-8 -*-
print('bom and coding')
