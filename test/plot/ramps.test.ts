import { interpolateRdBu, interpolateViridis } from 'd3';
import { describe, expect, it } from 'vitest';
import { rdBu, viridis } from '../../src/plot/ramps';

describe('the landscape’s colour ramps', () => {
  // Every viridis step and both ends, and points between the RdBu spline's knots.
  const ts = [...Array.from({ length: 1025 }, (_, i) => i / 1024), -0.5, 1.5, 0.123456, 0.999999];

  it('viridis is d3’s, colour for colour', () => {
    for (const t of ts) expect(viridis(t), `t = ${t}`).toBe(interpolateViridis(t));
  });

  it('RdBu is d3’s, colour for colour', () => {
    for (const t of ts) expect(rdBu(t), `t = ${t}`).toBe(interpolateRdBu(t));
  });
});
