import type { Db } from "./client";

/**
 * What is made once per database handle and kept as long as the handle lives: prepared statements
 * (the driver names them per connection) and batchers of that handle's round trips.
 */
export function perDatabase<T>(make: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = make(db);
      made.set(db, value);
    }
    return value;
  };
}
