/**
 * In-process event bus (docs/decisions/0004). Events are published after the
 * transaction that caused them commits; each handler runs on its own, and a
 * failing handler is logged without affecting the publisher or other handlers.
 */
export type DomainEvent = { type: string; occurredAt: string };

export type EventHandler<E extends DomainEvent> = (event: E) => Promise<void> | void;

export type EventBus = {
  publish(event: DomainEvent): void;
  subscribe<E extends DomainEvent>(type: E['type'], handler: EventHandler<E>): () => void;
  /** Resolves when every handler started so far has finished (tests, shutdown). */
  drain(): Promise<void>;
};

export function createEventBus(onHandlerError: (error: unknown, event: DomainEvent) => void): EventBus {
  const handlers = new Map<string, Set<EventHandler<DomainEvent>>>();
  const running = new Set<Promise<void>>();
  return {
    publish(event) {
      for (const handler of handlers.get(event.type) ?? []) {
        const run = Promise.resolve()
          .then(() => handler(event))
          .catch((error: unknown) => onHandlerError(error, event))
          .finally(() => running.delete(run));
        running.add(run);
      }
    },
    subscribe(type, handler) {
      const set = handlers.get(type) ?? new Set();
      set.add(handler as EventHandler<DomainEvent>);
      handlers.set(type, set);
      return () => set.delete(handler as EventHandler<DomainEvent>);
    },
    async drain() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
