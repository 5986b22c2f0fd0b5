// The search's filters; every change searches again at once.
import { Checkbox, Group, Select } from "@mantine/core";
import { SPECIALTIES, STATES } from "../../domain";
import type { MentorTopic } from "../../gql/graphql";
import { LANGUAGES, TOPICS } from "../../components/mentorship/labels";

export interface Filters {
  specialty: string | null;
  topic: MentorTopic | null;
  language: string | null;
  state: string | null;
  imgBackground: boolean;
  onlyAvailable: boolean;
}

export const NO_FILTERS: Filters = {
  specialty: null, topic: null, language: null, state: null, imgBackground: false, onlyAvailable: true,
};

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function MentorFilters({ filters, onChange }: Props) {
  const set = (changes: Partial<Filters>) => onChange({ ...filters, ...changes });
  return (
    <form className="form-grid" aria-label="Mentor filters" onSubmit={(event) => event.preventDefault()}>
      <Select label="Specialty" data={SPECIALTIES} value={filters.specialty} searchable clearable
        onChange={(specialty) => set({ specialty })} />
      <Select label="Help with" data={TOPICS} value={filters.topic} clearable
        onChange={(topic) => set({ topic: topic as MentorTopic | null })} />
      <Select label="Language" data={LANGUAGES} value={filters.language} searchable clearable
        onChange={(language) => set({ language })} />
      <Select label="State" data={STATES} value={filters.state} searchable clearable
        onChange={(state) => set({ state })} />
      <Group gap="md">
        <Checkbox label="Was an IMG" checked={filters.imgBackground}
          onChange={(event) => set({ imgBackground: event.currentTarget.checked })} />
        <Checkbox label="Only mentors with room" checked={filters.onlyAvailable}
          onChange={(event) => set({ onlyAvailable: event.currentTarget.checked })} />
      </Group>
    </form>
  );
}
