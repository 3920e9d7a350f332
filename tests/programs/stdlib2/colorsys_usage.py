import colorsys
import random

rng = random.Random(3)
colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.2, 0.4, 0.4), (0.9, 0.1, 0.6), (0.5, 0.5, 0.2)]
colors += [(rng.random(), rng.random(), rng.random()) for _ in range(20)]
for rgb in colors:
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hls, hsv, yiq)
    print("  back", colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv), colorsys.yiq_to_rgb(*yiq))
print(colorsys.hsv_to_rgb(0.99, 1, 1), colorsys.hls_to_rgb(0.5, 0.7, 0.3), colorsys.yiq_to_rgb(1, 1, 1))
