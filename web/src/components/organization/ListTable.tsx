// A list query's table with its loading, error and empty states, so every organization list
// shows them alike: an alert for an error, a named loader until the first answer, a sentence
// for an empty list, else a striped table that scrolls sideways on a phone. Later pages of a
// connection (PagedTable) come as more table bodies, and their "load more" below.
import { Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { Loading } from "./Loading";
import { Problem } from "./Problem";

export interface TableLayout<T> {
  /** What is loading, for screen readers ("Loading cohorts"). */
  what: string;
  label: string;
  empty: string;
  columns: string[];
  minWidth: number;
  rowKey: (item: T) => string;
  /** One row's cells. */
  row: (item: T) => ReactNode;
}

interface Props<T> extends TableLayout<T> {
  result: { fetching: boolean; error?: CombinedError };
  /** The list, once the query answered. */
  items: T[] | undefined;
  /** More table bodies: the rows of later pages. */
  children?: ReactNode;
  footer?: ReactNode;
}

export function ListTable<T>({ result, items, what, label, empty, columns, minWidth, rowKey, row, children, footer }: Props<T>) {
  if (result.error) return <Problem error={result.error} />;
  if (!items) return result.fetching ? <Loading what={what} /> : null;
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table aria-label={label} striped>
          <Table.Thead><Table.Tr>{columns.map((column) => <Table.Th key={column}>{column}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>{items.map((item) => <Table.Tr key={rowKey(item)}>{row(item)}</Table.Tr>)}</Table.Tbody>
          {children}
        </Table>
      </Table.ScrollContainer>
      {footer}
    </>
  );
}
