import type { UserData } from '../../../gws/schemas';
import { nestedEntriesOf, userDataValueLine } from '../model/userDataValue';
import { ClippedText } from './ClippedText';

/** Nested key/value lists shown as tables down to this depth and size; beyond, as one line of JSON. */
const maxNestedDepth = 3;
const maxNestedEntries = 50;

/** One value: text as it is, `null` marked as such, a nested key/value list as a nested table. */
function UserDataValue({ value, depth }: { value: unknown; depth: number }) {
  if (value === null) return <span className="userdata-table__null">null</span>;
  const entries = nestedEntriesOf(value);
  if (entries && depth < maxNestedDepth && entries.length <= maxNestedEntries) {
    if (entries.length === 0) return <span className="userdata-table__null">{Array.isArray(value) ? '(empty list)' : '(empty)'}</span>;
    return <UserDataRows entries={entries} depth={depth + 1} caption={undefined} />;
  }
  return <ClippedText text={userDataValueLine(value)} />;
}

function UserDataRows({ entries, depth, caption }: { entries: [string, unknown][]; depth: number; caption: string | undefined }) {
  return (
    <table className={depth === 0 ? 'userdata-table' : 'userdata-table userdata-table--nested'}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      {depth === 0 ? (
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
      ) : null}
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">
              <ClippedText text={key} />
            </th>
            <td>
              <UserDataValue value={value} depth={depth} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every userData key and value (any JSON: text, numbers, `null`, nested lists), long ones clipped with Show all. */
export function UserDataTable({ id, userData, tweetId }: { id: string; userData: UserData; tweetId: string }) {
  return (
    <div id={id}>
      <UserDataRows entries={Object.entries(userData)} depth={0} caption={`userData of tweet ${tweetId}`} />
    </div>
  );
}
