#!/usr/bin/env python3
"""Draws the five pile faces (assets/images/face-1.png .. face-5.png), from a big frown to a
big smile, and the speaker of the read-aloud buttons (assets/images/speaker.png). Run once by a
developer (needs Pillow: pip install pillow); the PNGs are committed. Drawn 4x larger and
scaled down for smooth edges."""
from pathlib import Path
from PIL import Image, ImageDraw

S = 4                 # supersampling
SIZE = 128
INK = (34, 34, 41, 255)
OUT = Path(__file__).resolve().parent.parent / "assets" / "images"

def face(n: int) -> Image.Image:
    big = SIZE * S
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    w = 7 * S
    d.ellipse([w, w, big - w, big - w], fill=(255, 255, 255, 235), outline=INK, width=w)
    # eyes
    for x in (0.36, 0.64):
        cx, cy, r = big * x, big * 0.40, 7 * S
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=INK)
    # mouth: -2 (big frown) .. +2 (big smile)
    curve = n - 3
    left, right, y = big * 0.30, big * 0.70, big * 0.68
    if curve == 0:
        d.line([left, y, right, y], fill=INK, width=w)
    else:
        depth = big * (0.09 if abs(curve) == 1 else 0.17)
        if curve > 0:   # smile: lower half of an ellipse
            box = [left, y - depth, right, y + depth]
            d.arc(box, 10, 170, fill=INK, width=w)
        else:           # frown: upper half of an ellipse
            cy = y + depth * 0.7
            box = [left, cy - depth, right, cy + depth]
            d.arc(box, 190, 350, fill=INK, width=w)
    return img.resize((SIZE, SIZE), Image.LANCZOS)

def speaker() -> Image.Image:
    """A loudspeaker with two sound waves, in the ink colour on a clear ground."""
    big = SIZE * S
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = big / 128
    # the box and the cone
    d.polygon([(14*u, 48*u), (38*u, 48*u), (68*u, 22*u), (68*u, 106*u), (38*u, 80*u), (14*u, 80*u)],
              fill=INK)
    # two waves
    w = int(9 * u)
    for r in (22, 42):
        box = [64*u - r*u, 64*u - r*u * 1.3, 64*u + r*u + 14*u, 64*u + r*u * 1.3]
        d.arc(box, -50, 50, fill=INK, width=w)
    return img.resize((SIZE, SIZE), Image.LANCZOS)

OUT.mkdir(parents=True, exist_ok=True)
speaker().save(OUT / "speaker.png")
for n in range(1, 6):
    face(n).save(OUT / f"face-{n}.png")
print("faces and speaker written to", OUT)
