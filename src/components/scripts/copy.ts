// Copy buttons: reveal them (they need JavaScript), copy the block's text, say so.

async function writeText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function enhanceCopyButtons(): void {
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-copy]'))) {
    if (button.dataset.enhanced) continue;
    button.dataset.enhanced = 'true';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const block = button.closest('[data-code-block]');
      const code = block?.querySelector('pre');
      const statusEl = block?.querySelector<HTMLElement>('.copy-status');
      if (!code) return;
      const ok = await writeText((code.textContent ?? '').replace(/\n$/, '') + '\n');
      button.textContent = ok ? 'Copied' : 'Copy failed';
      button.dataset.copied = ok ? 'true' : 'false';
      if (statusEl) statusEl.textContent = ok ? 'Copied to the clipboard.' : 'Could not copy; select the text instead.';
      window.setTimeout(() => {
        button.textContent = 'Copy';
        if (statusEl) statusEl.textContent = '';
      }, 2500);
    });
  }
}
