// Any address the app has no page for.
import { Anchor, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export default function NotFoundPage() {
  return (
    <>
      <Title order={1}>Page not found</Title>
      <Text mt="sm">
        <Anchor component={Link} to="/" underline="always">Try Smart Pick</Anchor> instead.
      </Text>
    </>
  );
}
