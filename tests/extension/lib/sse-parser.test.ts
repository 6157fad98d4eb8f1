import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../../extension/lib/sse-parser';

describe('createSseParser', () => {
  it('parses events split across chunks, skipping comments', () => {
    const parse = createSseParser();
    expect(parse('event: annotation.created\ndata: {"id":')).toEqual([]);
    expect(parse('"a"}\n\n: keep-alive\n\nevent: annotation.deleted\r\ndata: {"id":"b"}\r\n\r\n')).toEqual([
      { event: 'annotation.created', data: '{"id":"a"}' },
      { event: 'annotation.deleted', data: '{"id":"b"}' },
    ]);
  });

  it('joins multi-line data and defaults the event name to message', () => {
    expect(createSseParser()('data: een\ndata: twee\n\n')).toEqual([{ event: 'message', data: 'een\ntwee' }]);
  });
});
