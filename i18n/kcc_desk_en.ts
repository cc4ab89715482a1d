<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <location filename="../kcc_desk/views/actions.py" line="+64"/>
        <source>Ga naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet de cursor in het zoekveld, waar u ook bent.</source>
        <translation>Puts the cursor in the search field, wherever you are.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Begin met een nieuwe beller</source>
        <translation>Start with a new caller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verwijs zaak door</source>
        <translation>Refer case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwijst de geopende zaak door naar een medewerker of afdeling.</source>
        <translation>Refers the open case to a staff member or department.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leg vast: vraag beantwoord</source>
        <translation>Log: question answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legt vast dat u de vraag over deze zaak zelf hebt beantwoord.</source>
        <translation>Logs that you answered the question about this case yourself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopieer zaaknummer</source>
        <translation>Copy case number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volg zaak of stop met volgen</source>
        <translation>Watch case or stop watching</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgt de gekozen of geopende zaak. U krijgt een melding als er iets verandert.</source>
        <translation>Watches the selected or open case. You get a notification when something changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ga naar de gevolgde zaken</source>
        <translation>Go to the watched cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet de cursor in de lijst met gevolgde zaken.</source>
        <translation>Puts the cursor in the list of watched cases.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inwonerweergave aan of uit</source>
        <translation>Resident view on or off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toont de geopende zaak zoals de inwoner die mag zien, in grote letters, om naar de bezoeker aan de balie te draaien. Dezelfde toets gaat terug.</source>
        <translation>Shows the open case as the resident may see it, in large text, to turn towards the visitor at the counter. The same key goes back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ga naar de stand van zaken</source>
        <translation>Go to the case status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet de cursor op de huidige stap van de geopende zaak.</source>
        <translation>Puts the cursor on the current step of the open case.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ga naar de voortgang</source>
        <translation>Go to the progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet de cursor in de stappen van de zaak. Spatie toont de tussenstappen.</source>
        <translation>Puts the cursor in the case&apos;s steps. Space shows the sub-steps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon of verberg tussenstappen</source>
        <translation>Show or hide sub-steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toont de tussenstappen van de gekozen stap, of verbergt ze weer.</source>
        <translation>Shows the sub-steps of the chosen step, or hides them again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon gegevens van de zaak</source>
        <translation>Show case details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent het tabblad Gegevens: onderwerp, data, adres, aanvrager, bron.</source>
        <translation>Opens the Details tab: subject, dates, address, applicant, source.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon documenten</source>
        <translation>Show documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent het tabblad Documenten. Enter opent het gekozen document.</source>
        <translation>Opens the Documents tab. Enter opens the chosen document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon rollen</source>
        <translation>Show roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent het tabblad Rollen: wie bij de zaak betrokken is.</source>
        <translation>Opens the Roles tab: who is involved in the case.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon eerdere contacten</source>
        <translation>Show earlier contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent het tabblad Eerdere contacten en open doorverwijzingen.</source>
        <translation>Opens the Earlier contacts tab, with open referrals.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ga naar het volgende deel van het scherm</source>
        <translation>Go to the next part of the screen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ga naar het vorige deel van het scherm</source>
        <translation>Go to the previous part of the screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaat naar het vorige deel, in de omgekeerde volgorde.</source>
        <translation>Moves to the previous part, in reverse order.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maak tekst groter</source>
        <translation>Make text larger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maak tekst kleiner</source>
        <translation>Make text smaller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maak tekst normaal</source>
        <translation>Make text normal size</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open het overzicht voor teamleiders</source>
        <translation>Open the team lead overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent KPI&apos;s en de wachtrij van doorverwijzingen in een eigen venster.</source>
        <translation>Opens the KPIs and the referral queue in a window of their own.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon mijn doorverwijzingen</source>
        <translation>Show my referrals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toont wie u de afgelopen 30 dagen doorverwees, met de status nu.</source>
        <translation>Shows whom you referred in the last 30 days, with the status now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon sneltoetsen</source>
        <translation>Show keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open instellingen</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent de instellingen: bronnen, Klantinteracties, taal, thema en vergrendeling.</source>
        <translation>Opens the settings: sources, Klantinteracties, language, theme and screen lock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluit kcc-desk af</source>
        <translation>Quit kcc-desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopt het programma.</source>
        <translation>Stops the program.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Wist alle gegevens van de vorige beller van het scherm.</source>
        <translation>Clears all details of the previous caller from the screen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kopieert het zaaknummer van de gekozen zaak in de lijst.</source>
        <translation>Copies the case number of the selected case in the list.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Gaat verder: zoekveld, bronnen, zaken, stand van zaken, voortgang, tabbladen van de zaak, gevolgde zaken.</source>
        <translation>Moves on: search field, sources, cases, case status, progress, case tabs, watched cases.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Maakt alle tekst groter, tot 200%.</source>
        <translation>Makes all text larger, up to 200%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maakt alle tekst kleiner, tot 100%.</source>
        <translation>Makes all text smaller, down to 100%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zet de tekst terug op 100%.</source>
        <translation>Sets the text back to 100%.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Toont dit overzicht.</source>
        <translation>Shows this overview.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../kcc_desk/settings_flow.py" line="+139"/>
        <source>Instellingen opgeslagen. Start kcc-desk opnieuw om ze te gebruiken.</source>
        <translation>Settings saved. Restart kcc-desk to use them.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../kcc_desk/services/audit.py" line="+105"/>
        <source>De sleutelbos (keyring) weigerde het opslaan van het auditzout.</source>
        <translation>The keyring refused to store the audit salt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{reason} Het auditlog gebruikt daarom een zout dat alleen voor deze sessie geldt. Gehashte nummers zijn alleen binnen deze sessie met elkaar te vergelijken. Achteraf zijn ze niet te controleren.</source>
        <translation>{reason} The audit log therefore uses a salt that is valid for this session only. Hashed numbers can only be compared within this session. They cannot be checked afterwards.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Het auditlog kon niet worden geschreven ({problem}). Meld dit bij de applicatiebeheerder.</source>
        <translation>The audit log could not be written ({problem}). Report this to the application administrator.</translation>
    </message>
</context>
<context>
    <name>Brp</name>
    <message>
        <location filename="../kcc_desk/services/persons/errors.py" line="+21"/>
        <source>Zoeken op naam of adres kan niet: de BRP is niet ingesteld. Zoek op BSN, KVK-nummer of zaaknummer.</source>
        <translation>Searching by name or address is not possible: the BRP is not set up. Search by BSN, KVK number or case number.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>De BRP is niet bereikbaar. Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</source>
        <translation>The BRP cannot be reached. Searching by name or address is not possible now; searching by BSN, KVK number or case number still works.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De BRP reageert niet op tijd. Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</source>
        <translation>The BRP does not answer in time. Searching by name or address is not possible now; searching by BSN, KVK number or case number still works.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De BRP heeft een storing ({status}). Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</source>
        <translation>The BRP has a fault ({status}). Searching by name or address is not possible now; searching by BSN, KVK number or case number still works.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De BRP gaf een ongeldig antwoord.</source>
        <translation>The BRP gave an invalid answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De BRP weigert de toegang (401). Controleer de API-sleutel van de BRP.</source>
        <translation>The BRP refuses access (401). Check the BRP API key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De BRP weigert deze vraag (403): u bent er niet voor geautoriseerd. Meld het de beheerder.</source>
        <translation>The BRP refuses this question (403): you are not authorised for it. Tell the administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meer dan 10 personen gevonden. Vraag om meer gegevens en zoek preciezer.</source>
        <translation>More than 10 persons found. Ask for more details and search more precisely.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De BRP weigerde de vraag ({status}): controleer {fields}.</source>
        <translation>The BRP refused the question ({status}): check {fields}.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/persons/service.py" line="+44"/>
        <source>Zoeken op telefoonnummer of e-mail kan niet: Klantinteracties is niet ingesteld.</source>
        <translation>Searching by phone number or e-mail is not possible: Klantinteracties is not set up.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../kcc_desk/services/case_detail.py" line="+71"/>
        <source>De tijdlijn kon niet worden geladen ({reason}).</source>
        <translation>The timeline could not be loaded ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De betrokkenen konden niet worden geladen ({reason}).</source>
        <translation>The people involved could not be loaded ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De objecten konden niet worden geladen ({reason}).</source>
        <translation>The objects could not be loaded ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De documenten konden niet worden geladen ({reason}).</source>
        <translation>The documents could not be loaded ({reason}).</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../kcc_desk/views/case_detail.py" line="+101"/>
        <source>Zaakgegevens</source>
        <translation>Case information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een zaak in de lijst en druk op Enter. Dan ziet u hier de zaakgegevens.</source>
        <translation>Choose a case in the list and press Enter. Its case information then appears here.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deze bron geeft geen tussenstappen door. U ziet alleen de hoofdstappen.</source>
        <translation>This source does not pass on intermediate steps. You only see the main steps.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meer over de zaak</source>
        <translation>More about the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabbladen van de zaak</source>
        <translation>Case tabs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Het lukte niet om alles te laden:</source>
        <translation>Not everything could be loaded:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Het lukte niet om deze zaak te laden. {message}</source>
        <translation>This case could not be loaded. {message}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../kcc_desk/presenters/case_list_model.py" line="+207"/>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwacht klaar op</source>
        <translation>Expected to be done on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertrouwelijkheid</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nog geen status</source>
        <translation>No status yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Afgerond op {date}</source>
        <translation>Completed on {date}</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kcc_desk/views/case_list.py" line="+189"/>
        <location line="+111"/>
        <source>Zaken van deze &amp;beller</source>
        <translation>&amp;Cases for this caller</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Zaken van deze beller</source>
        <translation>Cases for this caller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies met de pijltjestoetsen. Druk op Enter om de zaak te openen.</source>
        <translation>Choose with the arrow keys. Press Enter to open the case.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nog geen zaken. Zoek hierboven de beller of de zaak.</source>
        <translation>No cases yet. Search for the caller or the case above.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Gevonden op zaak&amp;nummer ({count})</source>
        <translation>Found by case &amp;number ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gevonden op zaak&amp;nummer</source>
        <translation>Found by case &amp;number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zaken van deze &amp;beller ({count})</source>
        <translation>&amp;Cases for this caller ({count})</translation>
    </message>
</context>
<context>
    <name>CaseSummaryView</name>
    <message>
        <location filename="../kcc_desk/views/case_summary.py" line="+117"/>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwacht klaar op</source>
        <translation>Expected to be done on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uiterlijk klaar op</source>
        <translation>Done by no later than</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertrouwelijkheid</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres of object</source>
        <translation>Address or object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandelaar</source>
        <translation>Case handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+87"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bij deze status hoort geen tekst voor de inwoner.</source>
        <translation>This status has no text for the resident.</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Dit ziet de inwoner in Mijn Zaken:</source>
        <translation>What the resident sees in Mijn Zaken:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Kopieer tekst</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet de tekst die de inwoner ziet op het klembord.</source>
        <translation>Copies the text the resident sees to the clipboard.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Tekst gekopieerd.</source>
        <translation>Text copied.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{status} (sinds {date})</source>
        <translation>{status} (since {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nog geen resultaat</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{source} (ook in: {others})</source>
        <translation>{source} (also in: {others})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Dit ziet de inwoner in Mijn Zaken</source>
        <translation>What the resident sees in Mijn Zaken</translation>
    </message>
</context>
<context>
    <name>ChartWithTable</name>
    <message>
        <location filename="../kcc_desk/views/review/charts.py" line="+77"/>
        <source>Grafiek; de tabel ernaast heeft de cijfers.</source>
        <translation>Chart; the table next to it has the numbers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabel: {title}</source>
        <translation>Table: {title}</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../kcc_desk/views/citizen_view.py" line="+27"/>
        <source>Inwonerweergave</source>
        <translation>Resident view</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medewerker: druk op Ctrl+I om terug te gaan naar het werkscherm.</source>
        <translation>Staff: press Ctrl+I to go back to the work screen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Uw zaak {number}: {subject}</source>
        <translation>Your case {number}: {subject}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waar staat uw zaak: {text}</source>
        <translation>Where your case stands: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waar staat uw zaak: {step}</source>
        <translation>Where your case stands: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afgerond op {date}</source>
        <translation>Completed on {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verwacht klaar op {date}</source>
        <translation>Expected to be ready on {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verwacht klaar op: nog niet bekend</source>
        <translation>Expected to be ready: not known yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De stappen</source>
        <translation>The steps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nu bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog niet begonnen</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uw documenten</source>
        <translation>Your documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er zijn geen documenten die u kunt inzien.</source>
        <translation>There are no documents you can view.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../kcc_desk/services/config_file.py" line="+67"/>
        <source>Configuratiebestand niet gevonden: {path}</source>
        <translation>Configuration file not found: {path}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Configuratiebestand niet leesbaar: {path} ({problem})</source>
        <translation>Configuration file cannot be read: {path} ({problem})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configuratiebestand is geen geldige TOML: {path} ({problem})</source>
        <translation>Configuration file is not valid TOML: {path} ({problem})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Configuratiebestand kon niet worden opgeslagen: {path} ({problem}). Vraag de beheerder om schrijfrechten.</source>
        <translation>The configuration file could not be saved: {path} ({problem}). Ask the administrator for write permission.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/config.py" line="+142"/>
        <source>ca_bundle niet gevonden: {path}</source>
        <translation>ca_bundle not found: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De configuratie bevat geen bronnen ([[sources]]).</source>
        <translation>The configuration has no sources ([[sources]]).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Twee bronnen hebben dezelfde naam. Geef elke bron een eigen naam.</source>
        <translation>Two sources have the same name. Give each source its own name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_response_mb moet een positief getal zijn.</source>
        <translation>max_response_mb must be a positive number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>max_confidentiality moet een van deze zijn: {levels}</source>
        <translation>max_confidentiality must be one of these: {levels}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preload_catalog moet true of false zijn.</source>
        <translation>preload_catalog must be true or false.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>watch_interval_s moet een getal van minstens 30 zijn.</source>
        <translation>watch_interval_s must be a number of at least 30.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}, {key}: {problem}</source>
        <translation>{where}, {key}: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bron {number}</source>
        <translation>source {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: verwacht een tabel ([[sources]]).</source>
        <translation>{where}: expected a table ([[sources]]).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bron &apos;{name}&apos;</source>
        <translation>source &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{where}: verwacht een tabel.</source>
        <translation>{where}: expected a table.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}: &apos;{key}&apos; moet tekst zijn.</source>
        <translation>{where}: &apos;{key}&apos; must be text.</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <location filename="../kcc_desk/services/config_rules.py" line="+22"/>
        <source>Een sleutel of token mag alleen in het configuratiebestand staan voor een oefenserver op deze computer. Zet die in de sleutelbos (Instellingen of &apos;kcc-desk sources set-secret&apos;) of in een omgevingsvariabele.</source>
        <translation>A key or token may only be in the configuration file for a training server on this computer. Put it in the keyring (Settings or &apos;kcc-desk sources set-secret&apos;) or in an environment variable.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Vul een adres in.</source>
        <translation>Enter an address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is geen geldig adres; het begint met https://.</source>
        <translation>This is not a valid address; it starts with https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gebruik https (http mag alleen voor een oefenserver op deze computer).</source>
        <translation>Use https (http is only allowed for a training server on this computer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zet geen gebruikersnaam of wachtwoord in het adres.</source>
        <translation>Do not put a user name or password in the address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het adres van een API mag geen ? of # bevatten.</source>
        <translation>The address of an API cannot contain ? or #.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een naam is hoogstens 80 tekens.</source>
        <translation>A name is at most 80 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vul de client-id in die de beheerder van de bron heeft gegeven.</source>
        <translation>Enter the client ID that the administrator of the source gave you.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>De wachttijd is een getal tussen 0 en 120 seconden.</source>
        <translation>The timeout is a number between 0 and 120 seconds.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/config_general.py" line="+122"/>
        <source>Vul uw medewerker-id in, of laat het veld leeg voor uw inlognaam.</source>
        <translation>Enter your staff ID, or leave the field empty to use your login name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een medewerker-id is hoogstens 255 tekens.</source>
        <translation>A staff ID is at most 255 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vul een heel aantal minuten in.</source>
        <translation>Enter a whole number of minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vergrendelen na 1 tot {limit} minuten zonder gebruik.</source>
        <translation>Lock after 1 to {limit} minutes without use.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies Nederlands, Engels of de taal van het systeem.</source>
        <translation>Choose Dutch, English or the system language.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dit CA-bestand bestaat niet (verwacht een .pem-bestand).</source>
        <translation>This CA file does not exist (expected a .pem file).</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/config_store.py" line="+351"/>
        <source>Er is al een bron met de naam &apos;{name}&apos;.</source>
        <translation>There is already a source named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+75"/>
        <source>De bronnen in het configuratiebestand zijn onleesbaar.</source>
        <translation>The sources in the configuration file cannot be read.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Er is geen bron met de naam &apos;{name}&apos;.</source>
        <translation>There is no source named &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../kcc_desk/services/connection_result.py" line="+87"/>
        <source>{source} – {api}: {message}</source>
        <translation>{source} – {api}: {message}</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/connection_checks.py" line="+155"/>
        <source>bereikbaar en aangemeld, maar de server meldt geen API-versie. Controleer of dit adres echt een {api} is.</source>
        <translation>reachable and logged in, but the server reports no API version. Check that this address really is a {api}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>versie {version} wordt niet ondersteund (kcc-desk werkt met {api} {wanted}).</source>
        <translation>version {version} is not supported (kcc-desk works with {api} {wanted}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bereikbaar (versie {version}), maar er is geen sleutel ingesteld. Stel die in met &apos;kcc-desk sources set-secret&apos; of in Instellingen.</source>
        <translation>reachable (version {version}), but no secret is set. Set it with &apos;kcc-desk sources set-secret&apos; or in Settings.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in orde (versie {version}).</source>
        <translation>OK (version {version}).</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/connection_words.py" line="+55"/>
        <source>reageert niet binnen {seconds} seconden. Probeer het later opnieuw of vraag de beheerder van de bron of de server werkt.</source>
        <translation>does not respond within {seconds} seconds. Try again later, or ask the administrator of the source whether the server works.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>niet bereikbaar: de verbinding liep mis ({problem}).</source>
        <translation>not reachable: the connection failed ({problem}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certificaat wordt niet vertrouwd: de server laat een certificaat zien dat deze computer niet kan controleren. Vraag de beheerder om het CA-bestand van de gemeente en stel dat in bij Instellingen → Algemeen → CA-bestand.</source>
        <translation>certificate not trusted: the server shows a certificate that this computer cannot check. Ask the administrator for the municipality&apos;s CA file and set it in Settings → General → CA file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>certificaat wordt niet vertrouwd: het certificaat hoort bij een andere servernaam. Controleer het adres.</source>
        <translation>certificate not trusted: the certificate belongs to another server name. Check the address.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>niet bereikbaar: de servernaam is onbekend. Controleer het adres.</source>
        <translation>not reachable: the server name is unknown. Check the address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>niet bereikbaar: de server neemt geen verbinding aan. Controleer het adres en de netwerkverbinding, of vraag de beheerder van de bron of de server draait.</source>
        <translation>not reachable: the server does not accept a connection. Check the address and the network connection, or ask the administrator of the source whether the server is running.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (code van de server: {code})</source>
        <translation> (server code: {code})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>de bron vraagt om aanmelding ({status}), maar er is geen sleutel ingesteld. Stel die in met &apos;kcc-desk sources set-secret&apos; of in Instellingen.</source>
        <translation>the source asks for a login ({status}), but no secret is set. Set it with &apos;kcc-desk sources set-secret&apos; or in Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aanmelden mislukt (401): de bron kent deze sleutel of dit token niet{code_words}. Controleer de client-id en de sleutel.</source>
        <translation>login failed (401): the source does not know this secret or token{code_words}. Check the client ID and the secret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>geen toegang (403): de bron weigert deze client-id, deze sleutel of de tijd van deze computer{code_words}. Controleer de client-id, de sleutel en de klok. Vraag de beheerder van de bron om rechten voor kcc-desk.</source>
        <translation>no access (403): the source refuses this client ID, this secret or this computer&apos;s time{code_words}. Check the client ID, the secret and the clock. Ask the administrator of the source for kcc-desk&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dit adres is geen {api}: de server stuurt door ({status}) naar {target}. Vul het adres in waar de API echt staat.</source>
        <translation>this address is not a {api}: the server redirects ({status}) to {target}. Enter the address where the API really is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dit adres is geen {api}: de server stuurt door ({status}). Vul het adres in waar de API echt staat.</source>
        <translation>this address is not a {api}: the server redirects ({status}). Enter the address where the API really is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>een webpagina (HTML)</source>
        <translation>a web page (HTML)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geen JSON</source>
        <translation>not JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Controleer het adres (het eindigt meestal op /api/v1/). Klopt het, dan is er een storing bij de server of een proxy ertussen. Meld het bij de beheerder van de bron.</source>
        <translation>Check the address (it usually ends in /api/v1/). If it is right, the server or a proxy in between has a fault. Report it to the administrator of the source.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Controleer het adres. Het eindigt meestal op /api/v1/.</source>
        <translation>Check the address. It usually ends in /api/v1/.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dit adres is geen {api}: het antwoord is {what} (status {status}). {advice}</source>
        <translation>this address is not a {api}: the answer is {what} (status {status}). {advice}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dit adres is geen {api} (404 niet gevonden). Controleer het adres. Het eindigt meestal op /api/v1/.</source>
        <translation>this address is not a {api} (404 not found). Check the address. It usually ends in /api/v1/.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>storing bij de bron ({status}){code_words}. Probeer het later opnieuw of meld het bij de beheerder van de bron.</source>
        <translation>fault at the source ({status}){code_words}. Try again later, or report it to the administrator of the source.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>de bron weigert het verzoek ({status}){code_words}.</source>
        <translation>the source refuses the request ({status}){code_words}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ongeldig antwoord: de server stuurt geen geldige JSON (status {status}).</source>
        <translation>invalid answer: the server does not send valid JSON (status {status}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dit adres is geen {api} (het lijkt een {other}). Controleer of u het juiste adres in het juiste veld hebt gezet.</source>
        <translation>this address is not a {api} (it looks like a {other}). Check that you put the right address in the right field.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dit adres is geen {api}. Controleer of u het juiste adres in het juiste veld hebt gezet.</source>
        <translation>this address is not a {api}. Check that you put the right address in the right field.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/secret_length.py" line="+24"/>
        <source>de sleutel is korter dan aanbevolen: {length} tekens, aanbevolen is minstens {minimum}. Vraag de beheerder van de bron om een langere sleutel.</source>
        <translation>the secret is shorter than recommended: {length} characters, at least {minimum} is recommended. Ask the source&apos;s administrator for a longer secret.</translation>
    </message>
</context>
<context>
    <name>ContactHistoryView</name>
    <message>
        <location filename="../kcc_desk/views/contact_history.py" line="+17"/>
        <location line="+9"/>
        <source>Eerdere contacten</source>
        <translation>Previous contacts</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>E&amp;erdere contacten</source>
        <translation>&amp;Previous contacts</translation>
    </message>
</context>
<context>
    <name>ContactPresenter</name>
    <message>
        <location filename="../kcc_desk/presenters/contacts.py" line="+141"/>
        <source>Klantinteracties weigerde een contact. Het is niet verzonden en staat bij de eerdere contacten. Meld het de beheerder.</source>
        <translation>Klantinteracties refused a contact. It was not sent and is listed with the previous contacts. Report it to the administrator.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Klantinteracties is niet bereikbaar. Dit is de lijst van {date}. De doorverwijzing wordt verzonden zodra Klantinteracties weer werkt.</source>
        <translation>Klantinteracties cannot be reached. This is the list of {date}. The referral will be sent as soon as Klantinteracties works again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De lijst met afdelingen en medewerkers kan niet worden geladen: {reason}</source>
        <translation>The list of departments and colleagues cannot be loaded: {reason}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>nog geen status</source>
        <translation>no status yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vraag over de status</source>
        <translation>Question about the status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status uitgelegd: {status}.</source>
        <translation>Status explained: {status}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opgeslagen: vraag over zaak {number} beantwoord. Het wordt verzonden naar Klantinteracties.</source>
        <translation>Saved: question about case {number} answered. It is being sent to Klantinteracties.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opgeslagen: zaak {number} doorverwezen naar {target}. Het wordt verzonden naar Klantinteracties.</source>
        <translation>Saved: case {number} referred to {target}. It is being sent to Klantinteracties.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open eerst een zaak. Kies de zaak in de lijst en druk op Enter.</source>
        <translation>Open a case first. Choose the case in the list and press Enter.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <location filename="../kcc_desk/services/contacts/service.py" line="+89"/>
        <source>Klantinteracties is niet ingesteld.</source>
        <translation>Klantinteracties is not set up.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het outbox-bestand was beschadigd. Het staat apart als {name}; nieuwe contacten gaan in een nieuw bestand. Meld het de beheerder.</source>
        <translation>The outbox file was damaged. It has been set aside as {name}; new contacts go into a new file. Please tell your administrator.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../kcc_desk/services/credentials.py" line="+95"/>
        <source>Geen sleutel ingesteld voor bron &apos;{name}&apos;. Stel die in met &apos;kcc-desk sources&apos; of zet {variable}.</source>
        <translation>No secret set for source &apos;{name}&apos;. Set it with &apos;kcc-desk sources&apos; or set {variable}.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Klantinteracties is niet ingesteld in de configuratie.</source>
        <translation>Klantinteracties is not set up in the configuration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen token ingesteld voor Klantinteracties. Stel het in met &apos;kcc-desk sources&apos; of zet {variable}.</source>
        <translation>No token set for Klantinteracties. Set it with &apos;kcc-desk sources&apos; or set {variable}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De BRP is niet ingesteld in de configuratie.</source>
        <translation>The BRP is not set up in the configuration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen API-sleutel ingesteld voor de BRP. Zet die in de sleutelbos (gebruiker &apos;brp&apos;) of in {variable}.</source>
        <translation>No API key set for the BRP. Put it in the keyring (user &apos;brp&apos;) or in {variable}.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../kcc_desk/services/documents.py" line="+90"/>
        <source>Geen toegang tot dit document (403).</source>
        <translation>No access to this document (403).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dit document is {level}: niet te openen in het KCC.</source>
        <translation>This document is {level}: it cannot be opened in the KCC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit document heeft geen aanduiding: niet te openen in het KCC.</source>
        <translation>This document has no confidentiality level: it cannot be opened in the KCC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit document is niet bedoeld voor de aanvrager.</source>
        <translation>This document is not meant for the applicant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>U mag dit document niet openen.</source>
        <translation>You may not open this document.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Dit document kon niet worden geladen.</source>
        <translation>This document could not be loaded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een document kon niet worden geladen ({reason}).</source>
        <translation>A document could not be loaded ({reason}).</translation>
    </message>
</context>
<context>
    <name>DocumentsTableModel</name>
    <message>
        <location filename="../kcc_desk/presenters/documents_model.py" line="+76"/>
        <source>Dit mag niet voor dit document.</source>
        <translation>Not allowed for this document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet te openen. {reason}</source>
        <translation>Cannot be opened. {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertrouwelijkheid</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(zonder titel)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../kcc_desk/views/documents.py" line="+172"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies met de pijltjestoetsen. Druk op Enter om het document te openen.</source>
        <translation>Choose with the arrow keys. Press Enter to open the document.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bij deze zaak zijn geen documenten.</source>
        <translation>This case has no documents.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../kcc_desk/presenters/history_model.py" line="+81"/>
        <source>Eerdere contacten niet te laden: {reason}</source>
        <translation>Could not load previous contacts: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geen eerdere contacten.</source>
        <translation>No previous contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 eerder contact.</source>
        <translation>1 previous contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} eerdere contacten.</source>
        <translation>{count} previous contacts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 doorverwijzing staat nog open.</source>
        <translation>1 referral is still open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} doorverwijzingen staan nog open.</source>
        <translation>{count} referrals are still open.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>onbekende datum</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balie</source>
        <translation>counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brief</source>
        <translation>letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>. niet verzonden: Klantinteracties weigerde het ({reason}). Meld het de beheerder.</source>
        <translation>. Not sent: Klantinteracties refused it ({reason}). Report it to the administrator.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Doorverwijzing van {date} naar {who}: {what}. Wordt verzonden.</source>
        <translation>Referral of {date} to {who}: {what}. Being sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open doorverwijzing van {date} naar {who}: {what}. Nog niet afgehandeld.</source>
        <translation>Open referral from {date} to {who}: {what}. Not dealt with yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>geen reden gegeven</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Wordt verzonden.</source>
        <translation>. Being sent.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Doorverwijzing naar {who} is niet verzonden: Klantinteracties weigerde die. Meld het de beheerder.</source>
        <translation>Referral to {who} was not sent: Klantinteracties refused it. Report it to the administrator.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{date}, {kanaal}: {onderwerp}</source>
        <translation>{date}, {kanaal}: {onderwerp}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (door {who})</source>
        <translation> (by {who})</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <location filename="../kcc_desk/services/identifiers.py" line="+107"/>
        <source>Vul een BSN, KVK-nummer, zaaknummer, naam met geboortedatum, postcode met huisnummer, telefoonnummer of e-mailadres in.</source>
        <translation>Enter a BSN, KVK number, case number, name with date of birth, postcode with house number, phone number or e-mail address.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dit BSN klopt niet. Controleer de 9 cijfers.</source>
        <translation>This BSN is not valid. Check the 9 digits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Een zaaknummer is hoogstens {limit} tekens lang.</source>
        <translation>A case number is at most {limit} characters long.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Een zaaknummer bestaat uit letters, cijfers, streepjes, punten en schuine strepen.</source>
        <translation>A case number consists of letters, digits, hyphens, dots and slashes.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/person_query.py" line="+137"/>
        <source>Dit e-mailadres is niet compleet. Controleer het.</source>
        <translation>This e-mail address is not complete. Check it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alleen Nederlandse telefoonnummers (+31) zijn te zoeken.</source>
        <translation>Only Dutch phone numbers (+31) can be searched.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Een telefoonnummer heeft 10 cijfers, zoals 06 12345678.</source>
        <translation>A phone number has 10 digits, like 06 12345678.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Typ een postcode met huisnummer, zoals 2511 AB 12 of 2511AB 12a.</source>
        <translation>Type a postcode with house number, like 2511 AB 12 or 2511AB 12a.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deze postcode bestaat niet: hij begint niet met 0.</source>
        <translation>This postcode does not exist: it does not start with 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Een huisnummer ligt tussen 1 en 99999.</source>
        <translation>A house number is between 1 and 99999.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Typ een achternaam met geboortedatum, zoals de Vries 12-3-1980.</source>
        <translation>Type a surname with date of birth, like de Vries 12-3-1980.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Deze geboortedatum bestaat niet. Typ dag-maand-jaar, zoals 12-3-1980.</source>
        <translation>This date of birth does not exist. Type day-month-year, like 12-3-1980.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deze geboortedatum kan niet: hij ligt in de toekomst of te ver terug.</source>
        <translation>This date of birth is not possible: it is in the future or too long ago.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Een sterretje (*) mag alleen aan het eind van de achternaam.</source>
        <translation>An asterisk (*) may only be at the end of the surname.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typ minstens 3 letters van de achternaam voor het sterretje (*).</source>
        <translation>Type at least 3 letters of the surname before the asterisk (*).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een achternaam bestaat uit letters, spaties, punten, streepjes en apostrofs.</source>
        <translation>A surname consists of letters, spaces, full stops, hyphens and apostrophes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Een voornaam bestaat uit letters en spaties.</source>
        <translation>A first name consists of letters and spaces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit voorvoegsel kan de BRP niet zoeken.</source>
        <translation>The BRP cannot search this prefix.</translation>
    </message>
</context>
<context>
    <name>KeyringNotice</name>
    <message>
        <location filename="../kcc_desk/views/keyring_notice.py" line="+20"/>
        <source>Wat kunt u doen? Vraag de beheerder van deze computer om de sleutelbos van het systeem aan te zetten: GNOME Keyring of KWallet op Linux, Windows Referentiebeheer of de macOS-sleutelhanger. Start kcc-desk daarna opnieuw en vul de sleutels nog één keer in bij Instellingen (Ctrl+,).</source>
        <translation>What can you do? Ask the administrator of this computer to turn on the system keyring: GNOME Keyring or KWallet on Linux, Windows Credential Manager or the macOS Keychain. Then start kcc-desk again and enter the secrets once more in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sleutelbos niet veilig: lees wat u kunt doen</source>
        <translation>Keyring not secure: read what you can do</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Geen veilige sleutelbos</source>
        <translation>No secure keyring</translation>
    </message>
</context>
<context>
    <name>KeyringSafety</name>
    <message>
        <location filename="../kcc_desk/services/keyring_safety.py" line="+30"/>
        <source>Sleutels worden alleen voor deze sessie in het geheugen bewaard en zijn weg als u kcc-desk sluit.</source>
        <translation>Secrets are kept in memory for this session only and are gone when you close kcc-desk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Er is geen sleutelbos (keyring) beschikbaar op deze computer.</source>
        <translation>There is no keyring available on this computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De sleutelbos (keyring) is uitgeschakeld.</source>
        <translation>The keyring is switched off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De sleutelbos (keyring) op deze computer bewaart sleutels in een gewoon bestand (keyrings.alt). Dat is niet veilig.</source>
        <translation>The keyring on this computer keeps secrets in a plain file (keyrings.alt). That is not safe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De sleutelbos (keyring) op deze computer kan sleutels in een gewoon bestand zetten. Dat is niet veilig.</source>
        <translation>The keyring on this computer may put secrets in a plain file. That is not safe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De sleutelbos (keyring) van het besturingssysteem wordt gebruikt.</source>
        <translation>The operating system&apos;s keyring is used.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{reason} {note}</source>
        <translation>{reason} {note}</translation>
    </message>
</context>
<context>
    <name>Klantinteracties</name>
    <message>
        <location filename="../kcc_desk/services/contacts/transport.py" line="+34"/>
        <source>Klantinteracties gaf een ongeldig antwoord.</source>
        <translation>Klantinteracties gave an invalid answer.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Klantinteracties reageert niet op tijd. Probeer het later opnieuw.</source>
        <translation>Klantinteracties does not respond in time. Try again later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klantinteracties is niet bereikbaar. Probeer het later opnieuw.</source>
        <translation>Klantinteracties is not reachable. Try again later.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Klantinteracties weigert de toegang ({status}). Controleer het token.</source>
        <translation>Klantinteracties refuses access ({status}). Check the token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Klantinteracties kent dit niet (404).</source>
        <translation>Klantinteracties does not know this (404).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klantinteracties heeft een storing ({status}). Probeer het later opnieuw.</source>
        <translation>Klantinteracties has a fault ({status}). Try again later.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Klantinteracties weigerde het verzoek ({status}): controleer {fields}.</source>
        <translation>Klantinteracties refused the request ({status}): check {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klantinteracties weigerde het verzoek ({status}).</source>
        <translation>Klantinteracties refused the request ({status}).</translation>
    </message>
</context>
<context>
    <name>KpiPane</name>
    <message>
        <location filename="../kcc_desk/views/review/tables.py" line="+20"/>
        <source>KPI&apos;s</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per medewerker</source>
        <translation>Per staff member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xporteer KPI-tabel (CSV)…</source>
        <translation>E&amp;xport KPI table (CSV)…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../kcc_desk/views/lock_screen.py" line="+16"/>
        <source>Scherm vergrendeld</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U was een tijd niet actief. Daarom ziet u de gegevens van de beller niet meer.</source>
        <translation>You were inactive for a while. That is why you no longer see the caller&apos;s details.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Werk verder</source>
        <translation>Continue working</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kcc_desk/views/main_window.py" line="+161"/>
        <location line="+125"/>
        <source>Oefenomgeving</source>
        <translation>Training environment</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Bezig met starten… Het zoeken begint zo.</source>
        <translation>Starting… The search will begin in a moment.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/window_wiring.py" line="+251"/>
        <source>U kunt het contact nu niet vastleggen. Klantinteracties is niet ingesteld.</source>
        <translation>You cannot record the contact now. Klantinteracties is not set up.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Klaar met zoeken.</source>
        <translation>Search finished.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/main_window.py" line="-95"/>
        <source>Oefenomgeving — verzonnen gegevens, niets gaat naar echte systemen.</source>
        <translation>Training environment — made-up data, nothing goes to real systems.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/window_wiring.py" line="-141"/>
        <source>Nog geen zaken. Zoek hierboven de beller of de zaak.</source>
        <translation>No cases yet. Search for the caller or the case above.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Kies eerst de beller hierboven.</source>
        <translation>First choose the caller above.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen persoon gevonden.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Bezig met zoeken naar de persoon…</source>
        <translation>Searching for the person…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Bezig met zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geen zaken gevonden voor dit nummer.</source>
        <translation>No cases found for this number.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Zaak {number} geopend.</source>
        <translation>Case {number} opened.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Klaar voor een nieuwe beller.</source>
        <translation>Ready for a new caller.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Zaaknummer {number} gekopieerd.</source>
        <translation>Case number {number} copied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waarom {source} niet antwoordde</source>
        <translation>Why {source} did not respond</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/window_attach.py" line="+79"/>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../kcc_desk/views/outbox_state.py" line="+39"/>
        <source>%n contact(en) niet verzonden: Klantinteracties weigerde ze. Ze staan bij de eerdere contacten. Meld het de beheerder.</source>
        <translation>
            <numerusform>%n contact not sent: Klantinteracties refused it. It is listed with the previous contacts. Report it to the administrator.</numerusform>
            <numerusform>%n contacts not sent: Klantinteracties refused them. They are listed with the previous contacts. Report it to the administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(en) nog niet verzonden</source>
        <translation>
            <numerusform>%n contact not sent yet</numerusform>
            <numerusform>%n contacts not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle contacten verzonden</source>
        <translation>All contacts sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: kcc-desk probeert het opnieuw</source>
        <translation>: kcc-desk is trying again</translation>
    </message>
</context>
<context>
    <name>MyReferralsWindow</name>
    <message>
        <location filename="../kcc_desk/views/review/mine.py" line="+35"/>
        <location line="+12"/>
        <source>Mijn doorverwijzingen</source>
        <translation>My referrals</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>De doorverwijzingen die u de afgelopen {days} dagen maakte, met hun status nu.</source>
        <translation>The referrals you made in the last {days} days, with their status now.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vernieuwen</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bezig met ophalen…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} doorverwijzingen.</source>
        <translation>{n} referrals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U hebt de afgelopen {days} dagen niemand doorverwezen.</source>
        <translation>You referred nobody in the last {days} days.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../kcc_desk/services/contacts/request.py" line="+85"/>
        <source>Onbekend soort contact.</source>
        <translation>Unknown kind of contact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies als kanaal telefoon of balie.</source>
        <translation>Choose phone or counter as the channel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De medewerker-id ontbreekt of is te lang.</source>
        <translation>The staff ID is missing or too long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul een onderwerp in.</source>
        <translation>Enter a subject.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het BSN van de beller is niet geldig.</source>
        <translation>The caller&apos;s BSN is not valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het tijdstip van het contact mist een tijdzone.</source>
        <translation>The time of the contact has no time zone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ongeldige referentie.</source>
        <translation>Invalid reference.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ongeldig referentienummer: dat zijn 10 cijfers.</source>
        <translation>Invalid reference number: it must be 10 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De zaak kan niet aan het contact worden gekoppeld.</source>
        <translation>The case cannot be linked to the contact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het terugbelnummer is geen geldig telefoonnummer.</source>
        <translation>The call-back number is not a valid phone number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies naar wie het contact wordt doorgezet.</source>
        <translation>Choose who the contact is referred to.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ongeldige ontvanger van de doorverwijzing.</source>
        <translation>Invalid recipient of the referral.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul in wat er gevraagd wordt (de reden).</source>
        <translation>Enter what is asked (the reason).</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/contacts/delivery.py" line="+119"/>
        <source>Dit contact mist zijn gegevens en kan niet worden verzonden.</source>
        <translation>This contact is missing its data and cannot be sent.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Klantinteracties weigert elk nieuw referentienummer voor dit contact.</source>
        <translation>Klantinteracties refuses every new reference number for this contact.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/contacts/worker.py" line="+94"/>
        <source>Versturen mislukt door een onverwachte fout. Het wordt opnieuw geprobeerd.</source>
        <translation>Sending failed because of an unexpected error. It will be tried again.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/contacts/schema.py" line="+58"/>
        <source>Het outbox-bestand is beschadigd of geen wachtrij van kcc-desk.</source>
        <translation>The outbox file is damaged or is not a kcc-desk queue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>De wachtrij is gemaakt door een nieuwere versie van kcc-desk. Werk kcc-desk bij.</source>
        <translation>The queue was made by a newer version of kcc-desk. Update kcc-desk.</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../kcc_desk/presenters/person_list_model.py" line="+35"/>
        <source>geboortedatum onbekend</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>naam onbekend</source>
        <translation>name unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboren {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adres onbekend</source>
        <translation>address unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSN {masked}</source>
        <translation>BSN {masked}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GEHEIMHOUDING</source>
        <translation>SECRECY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overleden</source>
        <translation>deceased</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../kcc_desk/views/person_list.py" line="+52"/>
        <source>Geheimhouding: geef geen adres of andere persoonsgegevens van deze persoon aan anderen. Alleen de persoon zelf mag ze horen.</source>
        <translation>Secrecy: do not give this person&apos;s address or other personal data to anyone else. Only the person themselves may hear them.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Gevonden personen</source>
        <translation>&amp;Persons found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies de beller en druk op Enter.</source>
        <translation>Choose the caller and press Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gevonden personen</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies met de pijltjestoetsen de persoon die belt en druk op Enter.</source>
        <translation>Use the arrow keys to choose the person who is calling and press Enter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gegevens uit de BRP ziet u alleen om te controleren wie er belt. Geef ze niet door.</source>
        <translation>You see BRP data only to check who is calling. Do not pass it on.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Bezig met zoeken naar de persoon…</source>
        <translation>Searching for the person…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beller: {name}, geboren {born}</source>
        <translation>Caller: {name}, born {born}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>naam onbekend</source>
        <translation>name unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BRP-gegevens alleen om te controleren wie er belt.</source>
        <translation>BRP data only to check who is calling.</translation>
    </message>
</context>
<context>
    <name>PersonsPresenter</name>
    <message>
        <location filename="../kcc_desk/presenters/persons.py" line="+91"/>
        <source>Bezig met zoeken naar de persoon…</source>
        <translation>Searching for the person…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De BRP gaf geen gegevens: {problem}</source>
        <translation>The BRP gave no data: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen persoon gevonden. Controleer de spelling, of zoek op een andere manier: BSN, naam met geboortedatum, postcode met huisnummer, telefoonnummer of e-mailadres.</source>
        <translation>No person found. Check the spelling, or search another way: BSN, name with date of birth, postcode with house number, phone number or e-mail address.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n personen gevonden. Kies de beller.</source>
        <translation>
            <numerusform>%n person found. Choose the caller.</numerusform>
            <numerusform>%n persons found. Choose the caller.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../kcc_desk/views/review/queue_pane.py" line="+71"/>
        <source>&amp;Naar team</source>
        <translation>&amp;To team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medewerker</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgentie</source>
        <translation>U&amp;rgency</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+134"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnen een werkdag</source>
        <translation>Within one working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open zaak in werkscherm</source>
        <translation>&amp;Open case in workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of druk op Enter in de lijst.</source>
        <translation>Or press Enter in the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Exporteer wachtrij (CSV)…</source>
        <translation>&amp;Export queue (CSV)…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{shown} van {total} doorverwijzingen</source>
        <translation>{shown} of {total} referrals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(waarvan {n} nog open van vóór de periode)</source>
        <translation>({n} of them still open from before the period)</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../kcc_desk/views/referral_dialog.py" line="+71"/>
        <source>Doorverwijzen: {number}</source>
        <translation>Refer: {number}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Naar wie</source>
        <translation>Refer to whom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Doorverwijzen naar: typ om te zoeken</source>
        <translation>Refer to: type to search</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Kies naar wie u de vraag doorverwijst en waarom. Druk dan op Enter.</source>
        <translation>Choose who to refer the question to, and why. Then press Enter.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Typ een deel van de naam. Met pijl omlaag gaat u naar de lijst.</source>
        <translation>Type part of the name. Press the down arrow to go to the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ een afdeling of naam</source>
        <translation>Type a department or name</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies of typ de reden</source>
        <translation>Choose or type the reason</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Terugbelnummer (niet verplicht)</source>
        <translation>Call-back number (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld 06 12345678</source>
        <translation>For example 06 12345678</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toelichting (niet verplicht)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter verstuurt de doorverwijzing.</source>
        <translation>Ctrl+Enter sends the referral.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zaak:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beller:</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medewerker:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Doorverwijzen naar:</source>
        <translation>Refer &amp;to:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terugbelnummer (niet verplicht):</source>
        <translation>&amp;Call-back number (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;oelichting (niet verplicht):</source>
        <translation>&amp;Notes (optional):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verwijs door</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Kies naar wie u doorverwijst.</source>
        <translation>Choose who to refer to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul een reden in.</source>
        <translation>Enter a reason.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties en +.</source>
        <translation>This phone number is not right. Use only digits, spaces and +.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{used} van {limit} tekens</source>
        <translation>{used} of {limit} characters</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Let op: {text}</source>
        <translation>Attention: {text}</translation>
    </message>
</context>
<context>
    <name>ReferralFlow</name>
    <message>
        <location filename="../kcc_desk/views/referral_flow.py" line="+55"/>
        <source>Al doorverwezen</source>
        <translation>Already referred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verwijs nog een keer door</source>
        <translation>&amp;Refer again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet doorverwijzen</source>
        <translation>&amp;Do not refer</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../kcc_desk/presenters/referral_form.py" line="+24"/>
        <source>Terugbellen over de status van de aanvraag</source>
        <translation>Call back about the status of the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag wanneer er een besluit komt</source>
        <translation>Question about when there will be a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanvullende informatie doorgeven</source>
        <translation>Pass on additional information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klacht over de behandeling</source>
        <translation>Complaint about how the case is handled</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../kcc_desk/presenters/queue_texts.py" line="+35"/>
        <source>afgehandeld</source>
        <translation>handled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 werkdag</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} werkdagen</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>{n} uur</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog {span}</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{span} te laat</source>
        <translation>{span} overdue</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/review.py" line="+72"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>balie</source>
        <translation>counter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/queue_texts.py" line="+4"/>
        <location filename="../kcc_desk/presenters/review.py" line="+31"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/review.py" line="-3"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+159"/>
        <source>Statuscontacten</source>
        <translation>Status contacts</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+158"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+171"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zaaktype</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sinds (werkdagen)</source>
        <translation>Open for (working days)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+164"/>
        <source>Open doorverwijzingen</source>
        <translation>Open referrals</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>onbekende zaak</source>
        <translation>unknown case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Niet gevonden in de bronnen: {zaak}</source>
        <translation>Not found in the sources: {zaak}</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/queue_texts.py" line="+21"/>
        <source>Uiterlijk {moment}</source>
        <translation>Due by {moment}</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/review.py" line="-69"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Onbekend zaaktype</source>
        <translation>Unknown case type</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Deze zaak is in geen van de bronnen gevonden.</source>
        <translation>This case was not found in any of the sources.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Het overzicht kon niet worden gemaakt.</source>
        <translation>The overview could not be made.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Doorverwijspercentage</source>
        <translation>Referral rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opgelost in eerste contact</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statuscontacten via {kanaal}</source>
        <translation>Status contacts via {kanaal}</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/review/period.py" line="+36"/>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een periode van hoogstens {days} dagen.</source>
        <translation>Choose a period of at most {days} days.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Geen geldige datum: {text} (gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-01).</source>
        <translation>Not a valid date: {text} (use YYYY-MM-DD, for example 2026-03-01).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Geen geldig tijdstip: {text} (bijvoorbeeld 2026-03-01T17:00+01:00).</source>
        <translation>Not a valid moment: {text} (for example 2026-03-01T17:00+01:00).</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/review/service.py" line="+112"/>
        <source>Onbekend team: {name}.</source>
        <translation>Unknown team: {name}.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/review/session.py" line="+30"/>
        <source>Klantinteracties is niet ingesteld: zonder die bron is er geen overzicht.</source>
        <translation>Klantinteracties is not set up: without it there is no overview.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../kcc_desk/views/review/window.py" line="+53"/>
        <source>Overzicht doorverwijzingen en KPI&apos;s</source>
        <translation>Overview of referrals and KPIs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelf kiezen</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Te&amp;am</source>
        <translation>Te&amp;am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vernieuwen</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statuscontacten en doorverwijzingen per dag</source>
        <translation>Status contacts and referrals per day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Doorverwijzingen per team</source>
        <translation>Referrals per team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doorverwijzingen per zaaktype</source>
        <translation>Referrals per case type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open doorverwijzingen naar leeftijd</source>
        <translation>Open referrals by age</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Wachtrij</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grafieken</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPI-tabel</source>
        <translation>&amp;KPI table</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Onderdelen van het overzicht</source>
        <translation>Parts of the overview</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Het overzicht wordt gemaakt…</source>
        <translation>Making the overview…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Periode {start} tot en met {end}.</source>
        <translation>Period {start} up to and including {end}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporteren als CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Niet opgeslagen: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RolesView</name>
    <message>
        <location filename="../kcc_desk/views/roles.py" line="+21"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bij deze zaak zijn geen rollen bekend.</source>
        <translation>No roles are known for this case.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vestiging</source>
        <translation>branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afdeling</source>
        <translation>department</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../kcc_desk/views/search_bar.py" line="+84"/>
        <source>Maak zoekveld leeg</source>
        <translation>Clear search field</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+2"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Zoek beller of zaak</source>
        <translation>&amp;Search for caller or case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoek beller of zaak</source>
        <translation>Search for caller or case</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>Typ wat de beller noemt: BSN, KVK-nummer, zaaknummer, naam en geboortedatum, postcode en huisnummer, telefoonnummer of e-mailadres. Druk dan op Enter.</source>
        <translation>Type what the caller gives: BSN, KVK number, case number, name and date of birth, postcode and house number, phone number or e-mail address. Then press Enter.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Bijvoorbeeld 999993653, ZAAK-2026-0001234, de Vries 12-3-1980 of 06 12345678</source>
        <translation>For example 999993653, ZAAK-2026-0001234, de Vries 12-3-1980 or 06 12345678</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Let op: {message}</source>
        <translation>Attention: {message}</translation>
    </message>
</context>
<context>
    <name>SearchHint</name>
    <message>
        <location filename="../kcc_desk/presenters/search_hint.py" line="+22"/>
        <source>Herkend als: BSN</source>
        <translation>Recognised as: BSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkend als: KVK-nummer</source>
        <translation>Recognised as: KVK number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkend als: zaaknummer</source>
        <translation>Recognised as: case number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herkend als: naam en geboortedatum</source>
        <translation>Recognised as: name and date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkend als: postcode en huisnummer</source>
        <translation>Recognised as: postcode and house number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkend als: telefoonnummer</source>
        <translation>Recognised as: phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herkend als: e-mailadres</source>
        <translation>Recognised as: e-mail address</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kcc_desk/views/settings_dialog.py" line="+289"/>
        <location filename="../kcc_desk/views/settings_form.py" line="+175"/>
        <source>Fout: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Onderdelen van de instellingen</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wissel met Ctrl+Tab.</source>
        <translation>Switch with Ctrl+Tab.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Probeer hier taal, thema, tekstgrootte en vergrendelen: uw keuze werkt meteen. Medewerker-id en CA-bestand liggen vast in de oefenomgeving.</source>
        <translation>Try the language, theme, text size and lock here: your choice works at once. Staff ID and CA file are fixed in the training environment.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../kcc_desk/views/settings_tests.py" line="+75"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_sources.py" line="+87"/>
        <source>&amp;Bronnen</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_dialog.py" line="-36"/>
        <location filename="../kcc_desk/views/settings_sources.py" line="+4"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_sources.py" line="+169"/>
        <source>Nieuwe bron</source>
        <translation>New source</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Het adres eindigt meestal op /api/v1/.</source>
        <translation>The address usually ends in /api/v1/.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zaken API</source>
        <translation>&amp;Zaken API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Catalogi API</source>
        <translation>&amp;Catalogi API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Documenten API</source>
        <translation>&amp;Documenten API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mag leeg blijven.</source>
        <translation>May be left empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client-&amp;id</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;achttijd (seconden)</source>
        <translation>&amp;Timeout (seconds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleutel (client secret)</source>
        <translation>Client s&amp;ecret</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_klant.py" line="+39"/>
        <location filename="../kcc_desk/views/settings_sources.py" line="-41"/>
        <source>Test &amp;verbinding</source>
        <translation>Test c&amp;onnection</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_sources.py" line="+1"/>
        <source>Test verbinding</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_klant.py" line="-8"/>
        <source>&amp;Klantinteracties-adres</source>
        <translation>&amp;Klantinteracties address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leeg laten als contacten niet worden vastgelegd.</source>
        <translation>Leave empty if contacts are not logged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;oken</source>
        <translation>Tok&amp;en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test verbinding met Klantinteracties</source>
        <translation>Test connection to Klantinteracties</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_dialog.py" line="+1"/>
        <source>Klantinteracties</source>
        <translation>Klantinteracties</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_general.py" line="+46"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bladeren: kies CA-bestand</source>
        <translation>Browse: choose CA file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Meldi&amp;ngen van gevolgde zaken</source>
        <translation>Notificatio&amp;ns for watched cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een melding op het bureaublad als een zaak die u volgt verandert.</source>
        <translation>A desktop notification when a case you watch changes.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>CA-bestand kiezen</source>
        <translation>Choose CA file</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&amp;Medewerker-id</source>
        <translation>&amp;Staff ID</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_sources.py" line="-13"/>
        <source>Voe&amp;g bron toe</source>
        <translation>Add a ne&amp;w source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg bron toe</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V&amp;erwijder bron</source>
        <translation>&amp;Remove source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwijder bron</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_general.py" line="-16"/>
        <source>Taal van het systeem</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gaat mee in elk verzoek aan de bronnen. Leeg: uw inlognaam.</source>
        <translation>Sent with every request to the sources. Empty: your login name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vergrendelen na (minuten)</source>
        <translation>&amp;Lock after (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;aal</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;hema</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam van een thema of pad naar een tokens-bestand.</source>
        <translation>Name of a theme, or path to a tokens file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;kstgrootte</source>
        <translation>Te&amp;xt size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ook met Ctrl+= en Ctrl+-.</source>
        <translation>Also with Ctrl+= and Ctrl+-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;CA-bestand (PEM)</source>
        <translation>&amp;CA file (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen nodig als de gemeente eigen certificaten gebruikt.</source>
        <translation>Only needed if the municipality uses its own certificates.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_dialog.py" line="+6"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_sources.py" line="-49"/>
        <source>Resultaat van de verbindingstest</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet getest.</source>
        <translation>Not tested yet.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_dialog.py" line="+109"/>
        <source>Wordt opgeslagen in de sleutelbos. Leeg laten: niets wijzigen.</source>
        <translation>Stored in the keyring. Leave empty to keep it unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De sleutelbos is niet veilig: wordt alleen voor deze sessie bewaard. Leeg laten: niets wijzigen.</source>
        <translation>The keyring is not secure: kept for this session only. Leave empty to keep it unchanged.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_general.py" line="+37"/>
        <source>(standaard)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_dialog.py" line="+5"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sleutel</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>opgeslagen in de sleutelbos</source>
        <translation>stored in the keyring</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>alleen voor deze sessie bewaard</source>
        <translation>kept for this session only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>komt uit een omgevingsvariabele</source>
        <translation>comes from an environment variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staat in de configuratie (oefenserver)</source>
        <translation>is in the configuration (training server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog niet ingesteld</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wordt nagekeken</source>
        <translation>being checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{thing}: {words}.</source>
        <translation>{thing}: {words}.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>wordt bewaard</source>
        <translation>being saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sleutel: {0}.</source>
        <translation>Key: {0}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sleutel: alleen voor deze sessie bewaard.</source>
        <translation>Secret: kept for this session only.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_sources.py" line="+205"/>
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nieuwe bron {number}</source>
        <translation>New source {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nieuwe bron toegevoegd. Vul de naam in.</source>
        <translation>New source added. Enter its name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bron {0} verwijderd.</source>
        <translation>Source {0} removed.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_tests.py" line="-25"/>
        <source>Vul eerst het adres in.</source>
        <translation>Enter the address first.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bezig met testen…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LET OP</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOUT</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}: {api} – {message}</source>
        <translation>{status}: {api} – {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verbinding in orde.</source>
        <translation>Connection OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} van {1} controles mislukt.</source>
        <translation>{0} of {1} checks failed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FOUT: {0}</source>
        <translation>ERROR: {0}</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_general.py" line="+31"/>
        <source>Certificaten (*.pem *.crt);;Alle bestanden (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_dialog.py" line="-35"/>
        <source>Niet opgeslagen: 1 fout. {0}</source>
        <translation>Not saved: 1 error. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet opgeslagen: {0} fouten. Eerste: {1}</source>
        <translation>Not saved: {0} errors. First: {1}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alleen voor deze sessie bewaard (de sleutelbos is niet veilig)</source>
        <translation>kept for this session only (the keyring is not secure)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Token: {0}.</source>
        <translation>Token: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sleutel: opgeslagen in de sleutelbos.</source>
        <translation>Secret: stored in the keyring.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Instellingen opgeslagen.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sleutel {0}.</source>
        <translation>Secret {0}.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/settings_form.py" line="+29"/>
        <source>Volledig adres: {0}</source>
        <translation>Full address: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPresenter</name>
    <message>
        <location filename="../kcc_desk/presenters/settings_presenter.py" line="+183"/>
        <source>Er is al een bron met deze naam.</source>
        <translation>There is already a source with this name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vul eerst het adres van Klantinteracties in.</source>
        <translation>Enter the Klantinteracties address first.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>De verbindingstest liep onverwacht mis. Probeer het opnieuw.</source>
        <translation>The connection test failed unexpectedly. Try again.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../kcc_desk/views/shortcuts_dialog.py" line="+23"/>
        <location line="+8"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Alles in kcc-desk werkt met het toetsenbord. Dit zijn de sneltoetsen.</source>
        <translation>Everything in kcc-desk works with the keyboard. These are the shortcuts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uitleg</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>SortChoice</name>
    <message>
        <location filename="../kcc_desk/views/review/sort_choice.py" line="+26"/>
        <source>So&amp;rteren op</source>
        <translation>Sort &amp;by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorteren op</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Af&amp;lopend</source>
        <translation>&amp;Descending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aflopend</source>
        <translation>Descending</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <location filename="../kcc_desk/services/catalog_cache.py" line="+102"/>
        <source>ongeldig antwoord (catalogus)</source>
        <translation>invalid answer (catalogue)</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/errors.py" line="+37"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>niet bereikbaar</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reageert niet op tijd</source>
        <translation>does not respond in time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ongeldig antwoord</source>
        <translation>invalid answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ongeldig antwoord (te groot)</source>
        <translation>invalid answer (too large)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>niet aangemeld (401)</source>
        <translation>not logged in (401)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geen toegang (403)</source>
        <translation>no access (403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>niet gevonden (404)</source>
        <translation>not found (404)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verzoek geweigerd (400)</source>
        <translation>request refused (400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tijdelijk niet beschikbaar ({status})</source>
        <translation>temporarily unavailable ({status})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>storing bij de bron ({status})</source>
        <translation>fault at the source ({status})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kcc_desk/services/zgw_client.py" line="+154"/>
        <location line="+16"/>
        <source>onverwacht antwoord ({status})</source>
        <translation>unexpected answer ({status})</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/lookup.py" line="+157"/>
        <source>geen sleutel ingesteld</source>
        <translation>no secret set</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>onverwachte fout</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/pagination.py" line="+47"/>
        <location line="+22"/>
        <source>te veel resultaten</source>
        <translation>too many results</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>ongeldig antwoord (paginering loopt rond)</source>
        <translation>invalid answer (pagination loops)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>ongeldig antwoord (lijst)</source>
        <translation>invalid answer (list)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>ongeldig antwoord (geen lijst)</source>
        <translation>invalid answer (not a list)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ongeldig antwoord (volgende pagina elders)</source>
        <translation>invalid answer (next page elsewhere)</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/parsing.py" line="+25"/>
        <source>ongeldig antwoord ({what})</source>
        <translation>invalid answer ({what})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ongeldig antwoord ({key} ontbreekt)</source>
        <translation>invalid answer ({key} missing)</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/problems.py" line="+21"/>
        <source>ongeldig antwoord (geen JSON)</source>
        <translation>invalid answer (not JSON)</translation>
    </message>
    <message>
        <location filename="../kcc_desk/services/zgw_client.py" line="-60"/>
        <source>ongeldig antwoord (verwijzing naar onbekende server)</source>
        <translation>invalid answer (link to an unknown server)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>ongeldig antwoord (doorverwijzing naar andere server)</source>
        <translation>invalid answer (redirect to another server)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ongeldig antwoord (te veel doorverwijzingen)</source>
        <translation>invalid answer (too many redirects)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>ongeldig antwoord (ongeldige URL)</source>
        <translation>invalid answer (invalid URL)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>niet bereikbaar (certificaat niet vertrouwd)</source>
        <translation>not reachable (certificate not trusted)</translation>
    </message>
</context>
<context>
    <name>SourcesBar</name>
    <message>
        <location filename="../kcc_desk/views/sources_bar.py" line="+23"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bronnen:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name}: klaar om te zoeken</source>
        <translation>{name}: ready to search</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>{name}: bezig met zoeken…</source>
        <translation>{name}: searching…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Geen enkele bron gaf antwoord. Probeer het over een paar minuten opnieuw.</source>
        <translation>None of the sources responded. Try again in a few minutes.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Resultaten onvolledig: {sources} gaf geen antwoord. Er kunnen meer zaken zijn dan u hier ziet.</source>
        <translation>
            <numerusform>Incomplete results: {sources} did not answer. There may be more cases than you see here.</numerusform>
            <numerusform>Incomplete results: {sources} did not answer. There may be more cases than you see here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{name}: %n zaken</source>
        <translation>
            <numerusform>{name}: %n case</numerusform>
            <numerusform>{name}: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: niet bereikbaar — resultaten onvolledig</source>
        <translation>{name}: not reachable — results incomplete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Onbekende fout</source>
        <translation>Unknown error</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Druk op Enter om de reden te horen.</source>
        <translation>Press Enter to hear the reason.</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <location filename="../kcc_desk/views/status_card.py" line="+48"/>
        <source>Stand van zaken</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Kopieer tekst</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet de tekst die de inwoner ziet op het klembord.</source>
        <translation>Puts the text the resident sees on the clipboard.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/case_card.py" line="+75"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nog geen status</source>
        <translation>No status yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status}, sinds {date}</source>
        <translation>{status}, since {date}</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+1"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog geen resultaat</source>
        <translation>no result yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Behandelaar</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>bezig met laden…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../kcc_desk/views/status_card.py" line="+128"/>
        <source>Tekst gekopieerd.</source>
        <translation>Text copied.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/case_card.py" line="-61"/>
        <source>Stap {n} van {total}: {name}</source>
        <translation>Step {n} of {total}: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sinds {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bij deze stap hoort geen tekst voor de inwoner</source>
        <translation>this step has no text for the resident</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>De inwoner ziet</source>
        <translation>The resident sees</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Wettelijke termijn</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Verwacht klaar op</source>
        <translation>Expected to be ready on</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Te laat. {details}</source>
        <translation>Late. {details}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{people} · afdeling: {department}</source>
        <translation>{people} · department: {department}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Let op, {level}: noem aan de telefoon alleen de stap, geen inhoud of namen.</source>
        <translation>Careful, {level}: on the phone say only the step, no contents or names.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../kcc_desk/theme/registry.py" line="+141"/>
        <source>Onbekende huisstijl: {name}</source>
        <translation>Unknown house style: {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Onbekende huisstijl: {name}. Kies uit: {choices}, of geef het pad naar een bestand met design tokens.</source>
        <translation>Unknown house style: {name}. Choose from: {choices}, or give the path to a file with design tokens.</translation>
    </message>
    <message>
        <location filename="../kcc_desk/theme/tokens.py" line="+139"/>
        <source>Het bestand met huisstijl-instellingen bestaat niet: {path}</source>
        <translation>The file with house style settings does not exist: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Het bestand met huisstijl-instellingen kan niet worden gelezen: {path}</source>
        <translation>The file with house style settings cannot be read: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Het bestand met huisstijl-instellingen is geen tekstbestand: {path}</source>
        <translation>The file with house style settings is not a text file: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Het bestand met huisstijl-instellingen is geen geldige JSON (regel {line}): {path}</source>
        <translation>The file with house style settings is not valid JSON (line {line}): {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Het bestand met huisstijl-instellingen heeft een onbekende opbouw: {path}</source>
        <translation>The file with house style settings has an unknown structure: {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In deze map staat geen bestand met huisstijl-instellingen: {path}</source>
        <translation>This folder has no file with house style settings: {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Het bestand bevat geen huisstijl-instellingen: {path}</source>
        <translation>The file has no house style settings: {path}</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <location filename="../kcc_desk/views/timeline_delegate.py" line="+80"/>
        <source>%n tussenstap(pen)</source>
        <translation>
            <numerusform>%n sub-step</numerusform>
            <numerusform>%n sub-steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../kcc_desk/presenters/timeline_model.py" line="+199"/>
        <source>Afgerond op {date}</source>
        <translation>Completed on {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huidige stap sinds {date}</source>
        <translation>Current step since {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huidige stap</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet bereikt</source>
        <translation>Not reached yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nu, sinds {date}</source>
        <translation>now, since {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intern: de inwoner ziet dit niet</source>
        <translation>Internal: the resident does not see this</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stap {n} van {total}: {name}, {state}</source>
        <translation>Step {n} of {total}: {name}, {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bij stap {n}: {name}</source>
        <translation>At step {n}: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>intern, de inwoner ziet dit niet</source>
        <translation>internal, the resident does not see this</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De inwoner ziet: {text}</source>
        <translation>The resident sees: {text}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../kcc_desk/views/timeline.py" line="+84"/>
        <source>Voortgang van de zaak</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Zaak afgerond op {date}</source>
        <translation>Case completed on {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwacht klaar op {date} ({relative})</source>
        <translation>Expected to be done on {date} ({relative})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verwacht klaar op: onbekend</source>
        <translation>Expected to be done on: unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spatie toont of verbergt de tussenstappen.</source>
        <translation>Space shows or hides the sub-steps.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Van deze zaak zijn geen stappen bekend.</source>
        <translation>No steps are known for this case.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <location filename="../kcc_desk/presenters/settings_training.py" line="+63"/>
        <source>In de oefenomgeving liggen de bronnen en Klantinteracties vast: ze horen bij de oefenserver. U kunt ze hier bekijken, niet wijzigen.</source>
        <translation>In the training environment the sources and Klantinteracties are fixed: they belong to the training server. You can look at them here, not change them.</translation>
    </message>
</context>
<context>
    <name>WatchPane</name>
    <message>
        <location filename="../kcc_desk/views/watch_pane.py" line="+72"/>
        <source>Gevolgd ({count})</source>
        <translation>Watched ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gevolgd</source>
        <translation>Watched</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U volgt nog geen zaken. Kies een zaak en druk op Ctrl+D.</source>
        <translation>You are not watching any cases yet. Choose a case and press Ctrl+D.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>U volgt %n zaken. Druk op Enter om een zaak te openen.</source>
        <translation>
            <numerusform>You are watching %n case. Press Enter to open a case.</numerusform>
            <numerusform>You are watching %n cases. Press Enter to open a case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchPresenter</name>
    <message>
        <location filename="../kcc_desk/presenters/watch.py" line="+113"/>
        <source>Kies eerst een zaak in de lijst.</source>
        <translation>First choose a case in the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>U volgt zaak {number} niet meer.</source>
        <translation>You no longer watch case {number}.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>U volgt zaak {number}. U krijgt een melding als er iets verandert.</source>
        <translation>You are watching case {number}. You get a notification when something changes.</translation>
    </message>
</context>
<context>
    <name>WatchText</name>
    <message>
        <location filename="../kcc_desk/presenters/watch_model.py" line="+75"/>
        <source>Nieuw: {title}</source>
        <translation>New: {title}</translation>
    </message>
    <message>
        <location filename="../kcc_desk/presenters/watch_text.py" line="+24"/>
        <source>Nieuwe status: {label}</source>
        <translation>New status: {label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nieuwe tussenstap: {label}</source>
        <translation>New intermediate step: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw document: {label}</source>
        <translation>New document: {label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zonder titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resultaat: {label}</source>
        <translation>Result: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zaak afgerond</source>
        <translation>Case completed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nieuwe tussenstap</source>
        <translation>New intermediate step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw document</source>
        <translation>New document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>zojuist</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minuten geleden</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n uur geleden</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dagen geleden</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog geen status</source>
        <translation>no status yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgerond. Laatste stap: {step}</source>
        <translation>Completed. Last step: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stap: {step}</source>
        <translation>Step: {step}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n wijzigingen</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n wijzigingen in gevolgde zaken</source>
        <translation>
            <numerusform>%n change in watched cases</numerusform>
            <numerusform>%n changes in watched cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>en nog %n</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowModes</name>
    <message>
        <location filename="../kcc_desk/views/window_modes.py" line="+41"/>
        <source>Scherm vergrendeld. Druk op Enter om verder te werken.</source>
        <translation>Screen locked. Press Enter to continue working.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open eerst een zaak. Dan kunt u de inwonerweergave tonen.</source>
        <translation>Open a case first. Then you can show the resident view.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inwonerweergave. Druk op Ctrl+I om terug te gaan.</source>
        <translation>Resident view. Press Ctrl+I to go back.</translation>
    </message>
</context>
<context>
    <name>WorkspacePresenter</name>
    <message>
        <location filename="../kcc_desk/presenters/workspace.py" line="+52"/>
        <source>Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Meld het de beheerder.</source>
        <translation>Something went wrong. Please try again. If it keeps going wrong, tell the administrator.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Zoeken op naam, adres, telefoon of e-mail is hier niet beschikbaar.</source>
        <translation>Searching by name, address, phone or e-mail is not available here.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Geen zaken gevonden.</source>
        <translation>No cases found.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n zaken gevonden.</source>
        <translation>
            <numerusform>%n case found.</numerusform>
            <numerusform>%n cases found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Niet bereikbaar: {sources}. De lijst is misschien onvolledig.</source>
        <translation>Not reachable: {sources}. The list may be incomplete.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>U mag dit document niet openen.</source>
        <translation>You are not allowed to open this document.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Het document is opgeslagen, maar kon niet worden geopend: er is geen programma dat dit soort bestand opent. Het bestand staat in {path}</source>
        <translation>The document was saved but could not be opened: there is no program that opens this kind of file. The file is in {path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nieuwe beller. Alle gegevens van de vorige beller zijn gewist.</source>
        <translation>New caller. All details of the previous caller have been cleared.</translation>
    </message>
</context>
</TS>
