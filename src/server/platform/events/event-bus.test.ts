import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus.js';

describe('event bus', () => {
  it('delivers to every subscriber and isolates a failing one', async () => {
    const errors: unknown[] = [];
    const bus = createEventBus((error) => errors.push(error));
    const seen: string[] = [];
    bus.subscribe('Thing', () => {
      throw new Error('boom');
    });
    bus.subscribe('Thing', async () => {
      seen.push('second');
    });
    bus.publish({ type: 'Thing', occurredAt: new Date().toISOString() });
    expect(seen).toEqual([]);
    await bus.drain();
    expect(seen).toEqual(['second']);
    expect(errors).toHaveLength(1);
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = createEventBus(() => undefined);
    let count = 0;
    const off = bus.subscribe('X', () => {
      count += 1;
    });
    bus.publish({ type: 'X', occurredAt: '' });
    await bus.drain();
    off();
    bus.publish({ type: 'X', occurredAt: '' });
    await bus.drain();
    expect(count).toBe(1);
  });
});
