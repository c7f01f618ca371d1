import type { UserData } from '../../../gws/schemas';
import { ClippedText } from './ClippedText';

/** Every userData key and value, as text (long ones clipped, with Show all). */
export function UserDataTable({ id, userData, tweetId }: { id: string; userData: UserData; tweetId: string }) {
  const rows = Object.entries(userData);
  return (
    <table id={id} className="userdata-table">
      <caption className="visually-hidden">userData of tweet {tweetId}</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">
              <ClippedText text={key} />
            </th>
            <td>
              <ClippedText text={String(value)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
