"""A hand-made ACGME-shaped program list: three good rows and one of every kind of bad row."""

HAND_MADE = """\
program_name,acgme_program_id,acgme_specialty_code,city,state,latitude,longitude
Good Program,1400000001,140,Boston,MA,0,0
No Id Program,,140,Boston,MA,0,0
Bad State Program,1400000003,140,Nowhere,XX,0,0
Fellowship Program,1410000004,141,Boston,MA,0,0
Dup Program,1400000001,140,Boston,MA,0,0
,1400000006,140,Boston,MA,0,0

"Multi
line Program",1200000008,120,Austin,tx,0,0
Short Row,1200000009,120
Urology Program,4800000010,480,Boston,MA,0,0
Last Good Program,1200000011,120,Austin,TX,0,0
"""
