// A connection's table, a page at a time: the first page, then each page "Load more" asks for
// after the last page's end cursor. Every page is a query of its own, so a change that
// refreshes the list refreshes each page shown.
import { Button, Group, Table } from "@mantine/core";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useQuery, type OperationContext, type TypedDocumentNode } from "urql";
import { ListTable, type TableLayout } from "./ListTable";
import { Loading } from "./Loading";
import { Problem } from "./Problem";

export interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface Source<D, T> {
  query: TypedDocumentNode<D, { after?: string | null }>;
  /** The connection in the query's answer. */
  connection: (data: D) => Connection<T>;
  context?: Partial<OperationContext>;
}

type PageInfo = Connection<unknown>["pageInfo"];

function LaterPage<D, T>({ source, after, layout, onPageInfo }: {
  source: Source<D, T>;
  after: string;
  layout: TableLayout<T>;
  onPageInfo: (after: string, info: PageInfo) => void;
}) {
  const [{ data, fetching, error }] = useQuery({ query: source.query, variables: { after }, context: source.context });
  const page = data ? source.connection(data) : undefined;
  const hasNextPage = page?.pageInfo.hasNextPage;
  const endCursor = page?.pageInfo.endCursor;
  useEffect(() => {
    if (hasNextPage !== undefined) onPageInfo(after, { hasNextPage, endCursor });
  }, [after, hasNextPage, endCursor, onPageInfo]);
  const cell = (content: ReactNode) => <Table.Tbody><Table.Tr><Table.Td colSpan={layout.columns.length}>{content}</Table.Td></Table.Tr></Table.Tbody>;
  if (error) return cell(<Problem error={error} title="More did not load" />);
  if (!page) return fetching ? cell(<Loading what={`more ${layout.what}`} />) : null;
  return <Table.Tbody>{page.edges.map(({ node }) => <Table.Tr key={layout.rowKey(node)}>{layout.row(node)}</Table.Tr>)}</Table.Tbody>;
}

export function PagedTable<D, T>({ source, ...layout }: TableLayout<T> & { source: Source<D, T> }) {
  const [first] = useQuery({ query: source.query, variables: { after: null }, context: source.context, requestPolicy: "cache-and-network" });
  const [later, setLater] = useState<string[]>([]);
  const [infos, setInfos] = useState<Record<string, PageInfo>>({});
  const onPageInfo = useCallback((after: string, info: PageInfo) => setInfos((known) => (
    known[after]?.endCursor === info.endCursor && known[after]?.hasNextPage === info.hasNextPage ? known : { ...known, [after]: info }
  )), []);
  const firstPage = first.data ? source.connection(first.data) : undefined;
  const last = later.length === 0 ? firstPage?.pageInfo : infos[later[later.length - 1]];
  const next = last?.hasNextPage ? last.endCursor : null;
  return (
    <ListTable result={first} items={firstPage?.edges.map((edge) => edge.node)} {...layout}
      footer={next && (
        <Group mt="sm"><Button variant="default" onClick={() => setLater([...later, next])}>{`Load more ${layout.what}`}</Button></Group>
      )}>
      {later.map((after) => <LaterPage key={after} source={source} after={after} layout={layout} onPageInfo={onPageInfo} />)}
    </ListTable>
  );
}
