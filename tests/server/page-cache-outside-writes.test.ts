import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KantlijnDatabase } from '../../server/db/database';
import { createServiceContext } from '../../server/services/service-context';
import { createUserWithToken } from '../../server/services/users-service';
import { createTempDir } from '../helpers/temp-dir';

const REPORT = 'https://www.svmn.nl/voortgang.html';
const temp = createTempDir('kantlijn-outside-');
const open: KantlijnDatabase[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  temp.remove();
});

describe('the page cache and writes by another process', () => {
  it('keeps its pages through the server\'s own writes, and forgets them all once another connection commits to the file', () => {
    const server = openDatabase(temp.dir);
    open.push(server);
    const context = createServiceContext({ db: server });
    const pages = context.pages!;
    pages.set(REPORT, 'anna\n?source=a', '{"items":[]}');

    // The server's own write does not count as an outside one (its services announce their own changes).
    createUserWithToken(server, { name: 'Anna', role: 'councillor', organisation: 'Gemeente Zeist' }, new Date());
    expect(pages.get(REPORT, 'anna\n?source=a')).toBeDefined();

    // A command such as `npm run import` writes through a connection of its own.
    const command = openDatabase(temp.dir);
    open.push(command);
    createUserWithToken(command, { name: 'Bram', role: 'partner', organisation: 'AKJ' }, new Date());
    expect(pages.get(REPORT, 'anna\n?source=a')).toBeUndefined();
    expect(pages.size()).toEqual({ pages: 0, bytes: 0 });

    // Pages stored after it are kept again until the next outside write.
    pages.set(REPORT, 'anna\n?source=a', '{"items":[1]}');
    expect(pages.get(REPORT, 'anna\n?source=a')).toBeDefined();
    void context.digests?.close();
  });
});
