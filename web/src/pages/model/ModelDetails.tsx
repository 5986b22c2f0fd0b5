// What the chances come from: the model's sources and how well it predicted held-out data.
import { Alert, Anchor, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { friendlyMessage } from "../../errors";
import { ModelQuery } from "./operations";

export function ModelDetails() {
  const [{ data, fetching, error }] = useQuery({ query: ModelQuery });
  if (fetching) return <Loader aria-label="Loading the model" />;
  if (error) return <Alert color="red" role="alert" title="The model could not be loaded">{friendlyMessage(error)}</Alert>;
  if (!data) return null;
  const { model } = data;
  const validation = model.validation;
  return (
    <Stack gap="sm">
      <Text>
        Model version {model.version} (parameters {model.parametersVersion}). {model.notes}
      </Text>
      <Title order={3} size="h4">Sources</Title>
      <List size="sm">
        {model.sources.map((source) =>
          <List.Item key={source}>{source.startsWith("http") ? <Anchor href={source} underline="always">{source}</Anchor> : source}</List.Item>)}
      </List>
      <Title order={3} size="h4">How well it predicts</Title>
      {validation ? (
        <Text size="sm">
          With each of {validation.heldOutSpecialties} specialties held out in turn, the model missed
          their published match rates by {validation.meanAbsoluteErrorPp.toFixed(1)} percentage points on
          average ({validation.applicantWeightedErrorPp.toFixed(1)} weighted by applicants); sampling
          noise alone accounts for {validation.samplingNoiseFloorPp.toFixed(1)}.
        </Text>
      ) : (
        <Text size="sm">This version has no validation yet.</Text>
      )}
    </Stack>
  );
}
