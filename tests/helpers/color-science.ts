// Colour measures for checking palettes: sRGB to CIELAB, the CIEDE2000 colour difference, WCAG contrast,
// and how a colour looks with each kind of dichromacy (Machado, Oliveira and Fernandes 2009, severity 1).

/** A colour in CIELAB (D65 white). */
export interface Lab {
  L: number;
  a: number;
  b: number;
}

/** The three channels of `#rrggbb`, each 0..1. */
export function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a #rrggbb colour`);
  return [1, 2, 3].map((i) => parseInt(match[i]!, 16) / 255) as [number, number, number];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

/** Linear-light RGB of `#rrggbb`. */
export function linearRgb(hex: string): [number, number, number] {
  return hexToRgb(hex).map(toLinear) as [number, number, number];
}

/** `#rrggbb` from linear-light RGB, clamped to the sRGB gamut. */
export function linearToHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(toGamma(clamp01(c)) * 255).toString(16).padStart(2, "0")).join("")}`;
}

/** CIELAB of a linear-light RGB colour (sRGB primaries, D65). */
export function linearToLab([r, g, b]: readonly number[]): Lab {
  const x = (0.4124564 * r! + 0.3575761 * g! + 0.1804375 * b!) / 0.95047;
  const y = 0.2126729 * r! + 0.7151522 * g! + 0.072175 * b!;
  const z = (0.0193339 * r! + 0.119192 * g! + 0.9503041 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

/** CIELAB of `#rrggbb`. */
export function hexToLab(hex: string): Lab {
  return linearToLab(linearRgb(hex));
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/**
 * The CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), with kL = kC = kH = 1.
 * About 1 is a just noticeable difference; colours a reader must tell apart at a glance need far more.
 */
export function ciede2000(one: Lab, two: Lab): number {
  const c1 = Math.hypot(one.a, one.b);
  const c2 = Math.hypot(two.a, two.b);
  const cMean = (c1 + c2) / 2;
  const g = 0.5 * (1 - Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)));
  const a1 = (1 + g) * one.a;
  const a2 = (1 + g) * two.a;
  const c1p = Math.hypot(a1, one.b);
  const c2p = Math.hypot(a2, two.b);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360);
  const h1 = hue(one.b, a1);
  const h2 = hue(two.b, a2);
  const dL = two.L - one.L;
  const dC = c2p - c1p;
  let dh = 0;
  if (c1p * c2p !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dh / 2));
  const lMean = (one.L + two.L) / 2;
  const cpMean = (c1p + c2p) / 2;
  let hMean = h1 + h2;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1 - h2) <= 180) hMean = (h1 + h2) / 2;
    else hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const t = 1 - 0.17 * Math.cos(rad(hMean - 30)) + 0.24 * Math.cos(rad(2 * hMean)) + 0.32 * Math.cos(rad(3 * hMean + 6)) - 0.2 * Math.cos(rad(4 * hMean - 63));
  const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cpMean;
  const sh = 1 + 0.015 * cpMean * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The kinds of colour vision a palette is checked under. */
export type Vision = "normal" | "protanopia" | "deuteranopia" | "tritanopia";

/** Machado et al. 2009 simulation matrices at severity 1.0, applied to linear-light RGB. */
const DICHROMACY: Record<Exclude<Vision, "normal">, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How `#rrggbb` looks to a reader with the given vision, as CIELAB. */
export function seenAs(hex: string, vision: Vision): Lab {
  const rgb = linearRgb(hex);
  if (vision === "normal") return linearToLab(rgb);
  const simulated = DICHROMACY[vision].map((row) => clamp01(row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]));
  return linearToLab(simulated);
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(one: string, two: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = linearRgb(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The hue angle of a colour in CIELAB, 0..360 degrees. */
export function hueAngle(lab: Lab): number {
  return (deg(Math.atan2(lab.b, lab.a)) + 360) % 360;
}

/** Chroma: how far a colour is from grey. */
export function chroma(lab: Lab): number {
  return Math.hypot(lab.a, lab.b);
}
