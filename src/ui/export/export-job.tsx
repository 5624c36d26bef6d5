/**
 * One export at a time, as the export menus run them: `busy` while it builds its file, and its
 * failure said in a sentence beside the button (`ExportError`).
 */
import { useState } from 'react';
import { useT } from '../../i18n';

export function useExportJob() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (reason) {
      setError(
        t('export.failed', { reason: reason instanceof Error ? reason.message : String(reason) }),
      );
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, clearError: () => setError(null), run };
}

export function ExportError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="export-menu__error" role="alert">
      {error}
    </p>
  );
}
