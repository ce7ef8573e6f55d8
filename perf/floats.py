# Float kernel: a Mandelbrot escape-count grid (float mul/add/compare in a
# tight while loop) and a small n-body simulation (float arithmetic,
# math.sqrt, list-of-floats indexing). Only correctly rounded operations
# are used (no sin/cos), so results are bit-identical across
# implementations; output is converted to ints before printing.
import math


def mandelbrot(w, h, max_iter):
    total = 0
    inside = 0
    for py in range(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.1 + 3.0 * px / w
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n = n + 1
            total = total + n
            if n == max_iter:
                inside = inside + 1
    return total, inside


def nbody(steps, dt):
    # x, y, z, vx, vy, vz, mass for 5 bodies (arbitrary, deterministic)
    xs = [0.0, 4.84, 8.34, 12.89, 15.37]
    ys = [0.0, -1.16, 4.12, -15.11, -25.91]
    zs = [0.0, -0.10, -0.40, -0.22, 0.17]
    vxs = [0.0, 0.606, -1.010, 1.082, 0.979]
    vys = [0.0, 2.811, 1.825, 0.868, 0.594]
    vzs = [0.0, -0.025, 0.008, -0.010, -0.034]
    ms = [39.47, 0.037, 0.011, 0.0017, 0.0020]
    n = len(xs)
    for s in range(steps):
        for i in range(n):
            xi = xs[i]
            yi = ys[i]
            zi = zs[i]
            mi = ms[i]
            for j in range(i + 1, n):
                dx = xi - xs[j]
                dy = yi - ys[j]
                dz = zi - zs[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                mj = ms[j] * mag
                vxs[i] = vxs[i] - dx * mj
                vys[i] = vys[i] - dy * mj
                vzs[i] = vzs[i] - dz * mj
                mi2 = mi * mag
                vxs[j] = vxs[j] + dx * mi2
                vys[j] = vys[j] + dy * mi2
                vzs[j] = vzs[j] + dz * mi2
        for i in range(n):
            xs[i] = xs[i] + dt * vxs[i]
            ys[i] = ys[i] + dt * vys[i]
            zs[i] = zs[i] + dt * vzs[i]
    e = 0.0
    for i in range(n):
        e = e + 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e = e - ms[i] * ms[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


total, inside = mandelbrot(440, 330, 300)
e = nbody(200000, 0.01)
ei = int(math.floor(e * 1000000000.0))
print("mandelbrot", total, inside)
print("energy_e9", ei)
print("checksum", (total * 7919 + inside * 31 + ei) % 1000000007)
