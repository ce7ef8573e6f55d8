# -*- coding: utf-8 -*-
print('été')
