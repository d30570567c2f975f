import type Database from 'better-sqlite3';

/**
 * Prepares each distinct SQL text once per connection: preparing costs more than running, and a
 * bulk import runs the same few statements tens of thousands of times.
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
