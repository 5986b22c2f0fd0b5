// /model: the model's sources and validation as a page of its own (linked from every chance).
import { Title } from "@mantine/core";
import { ModelDetails } from "./ModelDetails";

export default function ModelPage() {
  return (
    <>
      <Title order={1} mb="md">How Smart Pick computes chances</Title>
      <ModelDetails />
    </>
  );
}
