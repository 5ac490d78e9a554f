import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; browsers have them.
Object.assign(globalThis, { TextEncoder, TextDecoder });
