/** Thinning of projected geometry: the base maps stay small without visible loss. */
import type { GeoStream } from 'd3-geo';

/**
 * A stream stage that drops points closer than `min` to the last kept one and
 * leaves out rings and lines that collapse to fewer points than they need.
 */
export function thinStream(out: GeoStream, min: number): GeoStream {
  let buffer: [number, number][] = [];
  let inPolygon = false;
  return {
    point(x, y) {
      const last = buffer[buffer.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= min) buffer.push([x, y]);
    },
    lineStart() {
      buffer = [];
    },
    lineEnd() {
      if (buffer.length >= (inPolygon ? 3 : 2)) {
        out.lineStart();
        for (const [x, y] of buffer) out.point(x, y);
        out.lineEnd();
      }
      buffer = [];
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

