/** The scoring core: framework model, responses, records and scores. No DOM. */
export * from './framework/framework-schema.js';
export * from './framework/parse-framework.js';
export * from './progress/response.js';
export * from './progress/progress-record.js';
export * from './progress/record-codec.js';
export * from './progress/merge-records.js';
export * from './progress/hybrid-clock.js';
export * from './scoring.js';
export * from './answered.js';
export * from './practices.js';
export * from './result.js';
export * from './framework/framework-translation.js';
export * from './progress/note-limit.js';
export * from './tailoring/profile.js';
export * from './tailoring/tags.js';
export * from './tailoring/tailoring.js';
export * from './local-date.js';
