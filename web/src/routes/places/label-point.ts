/** A point to write a district's name at: the centroid of its largest outer ring. */
export function labelPoint(geometry: {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}): [number, number] | null {
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  let best: { area: number; point: [number, number] } | null = null;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let twiceArea = 0;
    let x = 0;
    let y = 0;
    for (let index = 0; index + 1 < ring.length; index++) {
      const [x0 = 0, y0 = 0] = ring[index] ?? [];
      const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
      const cross = x0 * y1 - x1 * y0;
      twiceArea += cross;
      x += (x0 + x1) * cross;
      y += (y0 + y1) * cross;
    }
    if (twiceArea === 0) continue;
    const area = Math.abs(twiceArea / 2);
    if (best === null || area > best.area) {
      best = { area, point: [x / (3 * twiceArea), y / (3 * twiceArea)] };
    }
  }
  return best?.point ?? null;
}
