// "How is this computed?": the model's sources and validation, one click from any chance.
import { Button, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ModelDetails } from "../pages/model/ModelDetails";

export function ModelButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={open}>How is this computed?</Button>
      {/* lockScroll off: Mantine locks scrolling by writing a <style> element, which the CSP
          refuses */}
      <Modal opened={opened} onClose={close} title="How Smart Pick computes chances" size="lg"
        lockScroll={false} closeButtonProps={{ "aria-label": "Close" }}>
        {opened && <ModelDetails />}
      </Modal>
    </>
  );
}
