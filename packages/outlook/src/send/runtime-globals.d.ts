// The few globals Outlook's JavaScript-only runtime provides besides Office (no DOM lib in this bundle's tsconfig).
declare const console: { log(...args: unknown[]): void };
declare function setTimeout(fn: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
