// Steps of the backup wizard that several specs walk through the same way.

/**
 * The passphrase step, from the screen that shows the generated words: they are read,
 * "written down" ticked, typed again, and confirmed. Returns the words.
 */
export async function confirmShownPassphrase(s) {
  await s.waitText("#passphrase-words", /\S/);
  const passphrase = await s.exec("return Array.from(document.querySelectorAll('#passphrase-words li')).map((li) => li.textContent)");
  await (await s.find("#written-down")).click();
  await (await s.find("#passphrase-retype")).type(passphrase.join(" "));
  await (await s.find("#confirm-passphrase")).click();
  return passphrase;
}
