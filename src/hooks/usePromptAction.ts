import { useState } from 'react';
import { fieldErrors } from '@/utils/fieldErrors';
import { submitWithNotice } from '@/utils/submit';

export interface PromptAction {
  /** The text prompt is showing. */
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The server's hint for the text field after a failed try. */
  error: string | undefined;
  saving: boolean;
  submit: (text: string) => Promise<void>;
}

/**
 * A write that takes one piece of text (a commitment, a reason): shows the
 * saving notice, then the success text, or the server's message and the
 * field's hint; closes the prompt and calls `onDone` when it worked.
 */
export function usePromptAction(run: (text: string) => Promise<unknown>, success: string, field: string, onDone: () => void): PromptAction {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const submit = async (text: string) => {
    if (saving) return;
    setSaving(true);
    const result = await submitWithNotice(() => run(text), success);
    setSaving(false);
    if (result.ok) {
      setOpen(false);
      setError(undefined);
      onDone();
    } else {
      setError(fieldErrors(result.error)[field]);
    }
  };
  return { open, setOpen, error, saving, submit };
}
