<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../kcc_desk/views/actions.py" line="+64" />
            <source>Ga naar het zoekveld</source>
            <translation>Ga naar het zoekveld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zet de cursor in het zoekveld, waar u ook bent.</source>
            <translation>Zet de cursor in het zoekveld, waar u ook bent.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Begin met een nieuwe beller</source>
            <translation>Begin met een nieuwe beller</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Verwijs zaak door</source>
            <translation>Verwijs zaak door</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verwijst de geopende zaak door naar een medewerker of afdeling.</source>
            <translation>Verwijst de geopende zaak door naar een medewerker of afdeling.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leg vast: vraag beantwoord</source>
            <translation>Leg vast: vraag beantwoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legt vast dat u de vraag over deze zaak zelf hebt beantwoord.</source>
            <translation>Legt vast dat u de vraag over deze zaak zelf hebt beantwoord.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kopieer zaaknummer</source>
            <translation>Kopieer zaaknummer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Volg zaak of stop met volgen</source>
            <translation>Volg zaak of stop met volgen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volgt de gekozen of geopende zaak. U krijgt een melding als er iets verandert.</source>
            <translation>Volgt de gekozen of geopende zaak. U krijgt een melding als er iets verandert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ga naar de gevolgde zaken</source>
            <translation>Ga naar de gevolgde zaken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zet de cursor in de lijst met gevolgde zaken.</source>
            <translation>Zet de cursor in de lijst met gevolgde zaken.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Inwonerweergave aan of uit</source>
            <translation>Inwonerweergave aan of uit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Toont de geopende zaak zoals de inwoner die mag zien, in grote letters, om naar de bezoeker aan de balie te draaien. Dezelfde toets gaat terug.</source>
            <translation>Toont de geopende zaak zoals de inwoner die mag zien, in grote letters, om naar de bezoeker aan de balie te draaien. Dezelfde toets gaat terug.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ga naar de stand van zaken</source>
            <translation>Ga naar de stand van zaken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zet de cursor op de huidige stap van de geopende zaak.</source>
            <translation>Zet de cursor op de huidige stap van de geopende zaak.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ga naar de voortgang</source>
            <translation>Ga naar de voortgang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zet de cursor in de stappen van de zaak. Spatie toont de tussenstappen.</source>
            <translation>Zet de cursor in de stappen van de zaak. Spatie toont de tussenstappen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toon of verberg tussenstappen</source>
            <translation>Toon of verberg tussenstappen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Toont de tussenstappen van de gekozen stap, of verbergt ze weer.</source>
            <translation>Toont de tussenstappen van de gekozen stap, of verbergt ze weer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toon gegevens van de zaak</source>
            <translation>Toon gegevens van de zaak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opent het tabblad Gegevens: onderwerp, data, adres, aanvrager, bron.</source>
            <translation>Opent het tabblad Gegevens: onderwerp, data, adres, aanvrager, bron.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toon documenten</source>
            <translation>Toon documenten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opent het tabblad Documenten. Enter opent het gekozen document.</source>
            <translation>Opent het tabblad Documenten. Enter opent het gekozen document.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toon rollen</source>
            <translation>Toon rollen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opent het tabblad Rollen: wie bij de zaak betrokken is.</source>
            <translation>Opent het tabblad Rollen: wie bij de zaak betrokken is.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toon eerdere contacten</source>
            <translation>Toon eerdere contacten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opent het tabblad Eerdere contacten en open doorverwijzingen.</source>
            <translation>Opent het tabblad Eerdere contacten en open doorverwijzingen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ga naar het volgende deel van het scherm</source>
            <translation>Ga naar het volgende deel van het scherm</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ga naar het vorige deel van het scherm</source>
            <translation>Ga naar het vorige deel van het scherm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gaat naar het vorige deel, in de omgekeerde volgorde.</source>
            <translation>Gaat naar het vorige deel, in de omgekeerde volgorde.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Maak tekst groter</source>
            <translation>Maak tekst groter</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Maak tekst kleiner</source>
            <translation>Maak tekst kleiner</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Maak tekst normaal</source>
            <translation>Maak tekst normaal</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open het overzicht voor teamleiders</source>
            <translation>Open het overzicht voor teamleiders</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opent KPI's en de wachtrij van doorverwijzingen in een eigen venster.</source>
            <translation>Opent KPI's en de wachtrij van doorverwijzingen in een eigen venster.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toon mijn doorverwijzingen</source>
            <translation>Toon mijn doorverwijzingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Toont wie u de afgelopen 30 dagen doorverwees, met de status nu.</source>
            <translation>Toont wie u de afgelopen 30 dagen doorverwees, met de status nu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toon sneltoetsen</source>
            <translation>Toon sneltoetsen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open instellingen</source>
            <translation>Open instellingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opent de instellingen: bronnen, Klantinteracties, taal, thema en vergrendeling.</source>
            <translation>Opent de instellingen: bronnen, Klantinteracties, taal, thema en vergrendeling.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sluit kcc-desk af</source>
            <translation>Sluit kcc-desk af</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stopt het programma.</source>
            <translation>Stopt het programma.</translation>
        </message>
        <message>
            <location line="-145" />
            <source>Wist alle gegevens van de vorige beller van het scherm.</source>
            <translation>Wist alle gegevens van de vorige beller van het scherm.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Kopieert het zaaknummer van de gekozen zaak in de lijst.</source>
            <translation>Kopieert het zaaknummer van de gekozen zaak in de lijst.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Gaat verder: zoekveld, bronnen, zaken, stand van zaken, voortgang, tabbladen van de zaak, gevolgde zaken.</source>
            <translation>Gaat verder: zoekveld, bronnen, zaken, stand van zaken, voortgang, tabbladen van de zaak, gevolgde zaken.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Maakt alle tekst groter, tot 200%.</source>
            <translation>Maakt alle tekst groter, tot 200%.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Maakt alle tekst kleiner, tot 100%.</source>
            <translation>Maakt alle tekst kleiner, tot 100%.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Zet de tekst terug op 100%.</source>
            <translation>Zet de tekst terug op 100%.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Toont dit overzicht.</source>
            <translation>Toont dit overzicht.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../kcc_desk/settings_flow.py" line="+139" />
            <source>Instellingen opgeslagen. Start kcc-desk opnieuw om ze te gebruiken.</source>
            <translation>Instellingen opgeslagen. Start kcc-desk opnieuw om ze te gebruiken.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../kcc_desk/services/audit.py" line="+105" />
            <source>De sleutelbos (keyring) weigerde het opslaan van het auditzout.</source>
            <translation>De sleutelbos (keyring) weigerde het opslaan van het auditzout.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{reason} Het auditlog gebruikt daarom een zout dat alleen voor deze sessie geldt. Gehashte nummers zijn alleen binnen deze sessie met elkaar te vergelijken. Achteraf zijn ze niet te controleren.</source>
            <translation>{reason} Het auditlog gebruikt daarom een zout dat alleen voor deze sessie geldt. Gehashte nummers zijn alleen binnen deze sessie met elkaar te vergelijken. Achteraf zijn ze niet te controleren.</translation>
        </message>
        <message>
            <location line="+153" />
            <source>Het auditlog kon niet worden geschreven ({problem}). Meld dit bij de applicatiebeheerder.</source>
            <translation>Het auditlog kon niet worden geschreven ({problem}). Meld dit bij de applicatiebeheerder.</translation>
        </message>
    </context>
    <context>
        <name>Brp</name>
        <message>
            <location filename="../kcc_desk/services/persons/errors.py" line="+21" />
            <source>Zoeken op naam of adres kan niet: de BRP is niet ingesteld. Zoek op BSN, KVK-nummer of zaaknummer.</source>
            <translation>Zoeken op naam of adres kan niet: de BRP is niet ingesteld. Zoek op BSN, KVK-nummer of zaaknummer.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>De BRP is niet bereikbaar. Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</source>
            <translation>De BRP is niet bereikbaar. Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De BRP reageert niet op tijd. Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</source>
            <translation>De BRP reageert niet op tijd. Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De BRP heeft een storing ({status}). Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</source>
            <translation>De BRP heeft een storing ({status}). Zoeken op naam of adres kan nu niet; zoeken op BSN, KVK-nummer of zaaknummer werkt wel.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De BRP gaf een ongeldig antwoord.</source>
            <translation>De BRP gaf een ongeldig antwoord.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De BRP weigert de toegang (401). Controleer de API-sleutel van de BRP.</source>
            <translation>De BRP weigert de toegang (401). Controleer de API-sleutel van de BRP.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De BRP weigert deze vraag (403): u bent er niet voor geautoriseerd. Meld het de beheerder.</source>
            <translation>De BRP weigert deze vraag (403): u bent er niet voor geautoriseerd. Meld het de beheerder.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Meer dan 10 personen gevonden. Vraag om meer gegevens en zoek preciezer.</source>
            <translation>Meer dan 10 personen gevonden. Vraag om meer gegevens en zoek preciezer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De BRP weigerde de vraag ({status}): controleer {fields}.</source>
            <translation>De BRP weigerde de vraag ({status}): controleer {fields}.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/persons/service.py" line="+44" />
            <source>Zoeken op telefoonnummer of e-mail kan niet: Klantinteracties is niet ingesteld.</source>
            <translation>Zoeken op telefoonnummer of e-mail kan niet: Klantinteracties is niet ingesteld.</translation>
        </message>
    </context>
    <context>
        <name>CaseDetail</name>
        <message>
            <location filename="../kcc_desk/services/case_detail.py" line="+71" />
            <source>De tijdlijn kon niet worden geladen ({reason}).</source>
            <translation>De tijdlijn kon niet worden geladen ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De betrokkenen konden niet worden geladen ({reason}).</source>
            <translation>De betrokkenen konden niet worden geladen ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De objecten konden niet worden geladen ({reason}).</source>
            <translation>De objecten konden niet worden geladen ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De documenten konden niet worden geladen ({reason}).</source>
            <translation>De documenten konden niet worden geladen ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailView</name>
        <message>
            <location filename="../kcc_desk/views/case_detail.py" line="+101" />
            <source>Zaakgegevens</source>
            <translation>Zaakgegevens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kies een zaak in de lijst en druk op Enter. Dan ziet u hier de zaakgegevens.</source>
            <translation>Kies een zaak in de lijst en druk op Enter. Dan ziet u hier de zaakgegevens.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Voortgang</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deze bron geeft geen tussenstappen door. U ziet alleen de hoofdstappen.</source>
            <translation>Deze bron geeft geen tussenstappen door. U ziet alleen de hoofdstappen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meer over de zaak</source>
            <translation>Meer over de zaak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tabbladen van de zaak</source>
            <translation>Tabbladen van de zaak</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Gegevens</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Documenten</source>
            <translation>Documenten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rollen</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Het lukte niet om alles te laden:</source>
            <translation>Het lukte niet om alles te laden:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Het lukte niet om deze zaak te laden. {message}</source>
            <translation>Het lukte niet om deze zaak te laden. {message}</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../kcc_desk/presenters/case_list_model.py" line="+207" />
            <source>Zaaknummer</source>
            <translation>Zaaknummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onderwerp</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gestart</source>
            <translation>Gestart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verwacht klaar op</source>
            <translation>Verwacht klaar op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vertrouwelijkheid</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bron</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nog geen status</source>
            <translation>Nog geen status</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Afgerond op {date}</source>
            <translation>Afgerond op {date}</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message>
            <location filename="../kcc_desk/views/case_list.py" line="+189" />
            <location line="+111" />
            <source>Zaken van deze &amp;beller</source>
            <translation>Zaken van deze &amp;beller</translation>
        </message>
        <message>
            <location line="-105" />
            <source>Zaken van deze beller</source>
            <translation>Zaken van deze beller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kies met de pijltjestoetsen. Druk op Enter om de zaak te openen.</source>
            <translation>Kies met de pijltjestoetsen. Druk op Enter om de zaak te openen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nog geen zaken. Zoek hierboven de beller of de zaak.</source>
            <translation>Nog geen zaken. Zoek hierboven de beller of de zaak.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Gevonden op zaak&amp;nummer ({count})</source>
            <translation>Gevonden op zaak&amp;nummer ({count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gevonden op zaak&amp;nummer</source>
            <translation>Gevonden op zaak&amp;nummer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zaken van deze &amp;beller ({count})</source>
            <translation>Zaken van deze &amp;beller ({count})</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryView</name>
        <message>
            <location filename="../kcc_desk/views/case_summary.py" line="+117" />
            <source>Zaaknummer</source>
            <translation>Zaaknummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onderwerp</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Omschrijving</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gestart op</source>
            <translation>Gestart op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verwacht klaar op</source>
            <translation>Verwacht klaar op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uiterlijk klaar op</source>
            <translation>Uiterlijk klaar op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Afgerond op</source>
            <translation>Afgerond op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resultaat</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vertrouwelijkheid</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adres of object</source>
            <translation>Adres of object</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aanvrager</source>
            <translation>Aanvrager</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Behandelaar</source>
            <translation>Behandelaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bron</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Bezig met laden…</source>
            <translation>Bezig met laden…</translation>
        </message>
        <message>
            <location line="+61" />
            <location line="+87" />
            <source>Onbekend</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Bij deze status hoort geen tekst voor de inwoner.</source>
            <translation>Bij deze status hoort geen tekst voor de inwoner.</translation>
        </message>
        <message>
            <location line="-193" />
            <source>Dit ziet de inwoner in Mijn Zaken:</source>
            <translation>Dit ziet de inwoner in Mijn Zaken:</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Kopieer tekst</source>
            <translation>Kopieer tekst</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zet de tekst die de inwoner ziet op het klembord.</source>
            <translation>Zet de tekst die de inwoner ziet op het klembord.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Tekst gekopieerd.</source>
            <translation>Tekst gekopieerd.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>{status} (sinds {date})</source>
            <translation>{status} (sinds {date})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nog geen resultaat</source>
            <translation>Nog geen resultaat</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{source} (ook in: {others})</source>
            <translation>{source} (ook in: {others})</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Dit ziet de inwoner in Mijn Zaken</source>
            <translation>Dit ziet de inwoner in Mijn Zaken</translation>
        </message>
    </context>
    <context>
        <name>ChartWithTable</name>
        <message>
            <location filename="../kcc_desk/views/review/charts.py" line="+77" />
            <source>Grafiek; de tabel ernaast heeft de cijfers.</source>
            <translation>Grafiek; de tabel ernaast heeft de cijfers.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tabel: {title}</source>
            <translation>Tabel: {title}</translation>
        </message>
    </context>
    <context>
        <name>CitizenView</name>
        <message>
            <location filename="../kcc_desk/views/citizen_view.py" line="+27" />
            <source>Inwonerweergave</source>
            <translation>Inwonerweergave</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Medewerker: druk op Ctrl+I om terug te gaan naar het werkscherm.</source>
            <translation>Medewerker: druk op Ctrl+I om terug te gaan naar het werkscherm.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Uw zaak {number}: {subject}</source>
            <translation>Uw zaak {number}: {subject}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Waar staat uw zaak: {text}</source>
            <translation>Waar staat uw zaak: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waar staat uw zaak: {step}</source>
            <translation>Waar staat uw zaak: {step}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>onbekend</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Afgerond op {date}</source>
            <translation>Afgerond op {date}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Verwacht klaar op {date}</source>
            <translation>Verwacht klaar op {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Verwacht klaar op: nog niet bekend</source>
            <translation>Verwacht klaar op: nog niet bekend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De stappen</source>
            <translation>De stappen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>klaar</source>
            <translation>klaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nu bezig</source>
            <translation>nu bezig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nog niet begonnen</source>
            <translation>nog niet begonnen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Uw documenten</source>
            <translation>Uw documenten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Er zijn geen documenten die u kunt inzien.</source>
            <translation>Er zijn geen documenten die u kunt inzien.</translation>
        </message>
    </context>
    <context>
        <name>Config</name>
        <message>
            <location filename="../kcc_desk/services/config_file.py" line="+67" />
            <source>Configuratiebestand niet gevonden: {path}</source>
            <translation>Configuratiebestand niet gevonden: {path}</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Configuratiebestand niet leesbaar: {path} ({problem})</source>
            <translation>Configuratiebestand niet leesbaar: {path} ({problem})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Configuratiebestand is geen geldige TOML: {path} ({problem})</source>
            <translation>Configuratiebestand is geen geldige TOML: {path} ({problem})</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Configuratiebestand kon niet worden opgeslagen: {path} ({problem}). Vraag de beheerder om schrijfrechten.</source>
            <translation>Configuratiebestand kon niet worden opgeslagen: {path} ({problem}). Vraag de beheerder om schrijfrechten.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/config.py" line="+142" />
            <source>ca_bundle niet gevonden: {path}</source>
            <translation>ca_bundle niet gevonden: {path}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>De configuratie bevat geen bronnen ([[sources]]).</source>
            <translation>De configuratie bevat geen bronnen ([[sources]]).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Twee bronnen hebben dezelfde naam. Geef elke bron een eigen naam.</source>
            <translation>Twee bronnen hebben dezelfde naam. Geef elke bron een eigen naam.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>max_response_mb moet een positief getal zijn.</source>
            <translation>max_response_mb moet een positief getal zijn.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>max_confidentiality moet een van deze zijn: {levels}</source>
            <translation>max_confidentiality moet een van deze zijn: {levels}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>preload_catalog moet true of false zijn.</source>
            <translation>preload_catalog moet true of false zijn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>watch_interval_s moet een getal van minstens 30 zijn.</source>
            <translation>watch_interval_s moet een getal van minstens 30 zijn.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{where}, {key}: {problem}</source>
            <translation>{where}, {key}: {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>bron {number}</source>
            <translation>bron {number}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: verwacht een tabel ([[sources]]).</source>
            <translation>{where}: verwacht een tabel ([[sources]]).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>bron '{name}'</source>
            <translation>bron '{name}'</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{where}: verwacht een tabel.</source>
            <translation>{where}: verwacht een tabel.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{where}: '{key}' moet tekst zijn.</source>
            <translation>{where}: '{key}' moet tekst zijn.</translation>
        </message>
    </context>
    <context>
        <name>ConfigStore</name>
        <message>
            <location filename="../kcc_desk/services/config_rules.py" line="+22" />
            <source>Een sleutel of token mag alleen in het configuratiebestand staan voor een oefenserver op deze computer. Zet die in de sleutelbos (Instellingen of 'kcc-desk sources set-secret') of in een omgevingsvariabele.</source>
            <translation>Een sleutel of token mag alleen in het configuratiebestand staan voor een oefenserver op deze computer. Zet die in de sleutelbos (Instellingen of 'kcc-desk sources set-secret') of in een omgevingsvariabele.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Vul een adres in.</source>
            <translation>Vul een adres in.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dit is geen geldig adres; het begint met https://.</source>
            <translation>Dit is geen geldig adres; het begint met https://.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Gebruik https (http mag alleen voor een oefenserver op deze computer).</source>
            <translation>Gebruik https (http mag alleen voor een oefenserver op deze computer).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Zet geen gebruikersnaam of wachtwoord in het adres.</source>
            <translation>Zet geen gebruikersnaam of wachtwoord in het adres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het adres van een API mag geen ? of # bevatten.</source>
            <translation>Het adres van een API mag geen ? of # bevatten.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Vul een naam in.</source>
            <translation>Vul een naam in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een naam is hoogstens 80 tekens.</source>
            <translation>Een naam is hoogstens 80 tekens.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Vul de client-id in die de beheerder van de bron heeft gegeven.</source>
            <translation>Vul de client-id in die de beheerder van de bron heeft gegeven.</translation>
        </message>
        <message>
            <location line="-35" />
            <source>De wachttijd is een getal tussen 0 en 120 seconden.</source>
            <translation>De wachttijd is een getal tussen 0 en 120 seconden.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/config_general.py" line="+122" />
            <source>Vul uw medewerker-id in, of laat het veld leeg voor uw inlognaam.</source>
            <translation>Vul uw medewerker-id in, of laat het veld leeg voor uw inlognaam.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Een medewerker-id is hoogstens 255 tekens.</source>
            <translation>Een medewerker-id is hoogstens 255 tekens.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Vul een heel aantal minuten in.</source>
            <translation>Vul een heel aantal minuten in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vergrendelen na 1 tot {limit} minuten zonder gebruik.</source>
            <translation>Vergrendelen na 1 tot {limit} minuten zonder gebruik.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kies Nederlands, Engels of de taal van het systeem.</source>
            <translation>Kies Nederlands, Engels of de taal van het systeem.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dit CA-bestand bestaat niet (verwacht een .pem-bestand).</source>
            <translation>Dit CA-bestand bestaat niet (verwacht een .pem-bestand).</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/config_store.py" line="+351" />
            <source>Er is al een bron met de naam '{name}'.</source>
            <translation>Er is al een bron met de naam '{name}'.</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+75" />
            <source>De bronnen in het configuratiebestand zijn onleesbaar.</source>
            <translation>De bronnen in het configuratiebestand zijn onleesbaar.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Er is geen bron met de naam '{name}'.</source>
            <translation>Er is geen bron met de naam '{name}'.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <location filename="../kcc_desk/services/connection_result.py" line="+87" />
            <source>{source} – {api}: {message}</source>
            <translation>{source} – {api}: {message}</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/connection_checks.py" line="+155" />
            <source>bereikbaar en aangemeld, maar de server meldt geen API-versie. Controleer of dit adres echt een {api} is.</source>
            <translation>bereikbaar en aangemeld, maar de server meldt geen API-versie. Controleer of dit adres echt een {api} is.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>versie {version} wordt niet ondersteund (kcc-desk werkt met {api} {wanted}).</source>
            <translation>versie {version} wordt niet ondersteund (kcc-desk werkt met {api} {wanted}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>bereikbaar (versie {version}), maar er is geen sleutel ingesteld. Stel die in met 'kcc-desk sources set-secret' of in Instellingen.</source>
            <translation>bereikbaar (versie {version}), maar er is geen sleutel ingesteld. Stel die in met 'kcc-desk sources set-secret' of in Instellingen.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>in orde (versie {version}).</source>
            <translation>in orde (versie {version}).</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/connection_words.py" line="+55" />
            <source>reageert niet binnen {seconds} seconden. Probeer het later opnieuw of vraag de beheerder van de bron of de server werkt.</source>
            <translation>reageert niet binnen {seconds} seconden. Probeer het later opnieuw of vraag de beheerder van de bron of de server werkt.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>niet bereikbaar: de verbinding liep mis ({problem}).</source>
            <translation>niet bereikbaar: de verbinding liep mis ({problem}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>certificaat wordt niet vertrouwd: de server laat een certificaat zien dat deze computer niet kan controleren. Vraag de beheerder om het CA-bestand van de gemeente en stel dat in bij Instellingen → Algemeen → CA-bestand.</source>
            <translation>certificaat wordt niet vertrouwd: de server laat een certificaat zien dat deze computer niet kan controleren. Vraag de beheerder om het CA-bestand van de gemeente en stel dat in bij Instellingen → Algemeen → CA-bestand.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>certificaat wordt niet vertrouwd: het certificaat hoort bij een andere servernaam. Controleer het adres.</source>
            <translation>certificaat wordt niet vertrouwd: het certificaat hoort bij een andere servernaam. Controleer het adres.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>niet bereikbaar: de servernaam is onbekend. Controleer het adres.</source>
            <translation>niet bereikbaar: de servernaam is onbekend. Controleer het adres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>niet bereikbaar: de server neemt geen verbinding aan. Controleer het adres en de netwerkverbinding, of vraag de beheerder van de bron of de server draait.</source>
            <translation>niet bereikbaar: de server neemt geen verbinding aan. Controleer het adres en de netwerkverbinding, of vraag de beheerder van de bron of de server draait.</translation>
        </message>
        <message>
            <location line="+48" />
            <source> (code van de server: {code})</source>
            <translation> (code van de server: {code})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>de bron vraagt om aanmelding ({status}), maar er is geen sleutel ingesteld. Stel die in met 'kcc-desk sources set-secret' of in Instellingen.</source>
            <translation>de bron vraagt om aanmelding ({status}), maar er is geen sleutel ingesteld. Stel die in met 'kcc-desk sources set-secret' of in Instellingen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>aanmelden mislukt (401): de bron kent deze sleutel of dit token niet{code_words}. Controleer de client-id en de sleutel.</source>
            <translation>aanmelden mislukt (401): de bron kent deze sleutel of dit token niet{code_words}. Controleer de client-id en de sleutel.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>geen toegang (403): de bron weigert deze client-id, deze sleutel of de tijd van deze computer{code_words}. Controleer de client-id, de sleutel en de klok. Vraag de beheerder van de bron om rechten voor kcc-desk.</source>
            <translation>geen toegang (403): de bron weigert deze client-id, deze sleutel of de tijd van deze computer{code_words}. Controleer de client-id, de sleutel en de klok. Vraag de beheerder van de bron om rechten voor kcc-desk.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>dit adres is geen {api}: de server stuurt door ({status}) naar {target}. Vul het adres in waar de API echt staat.</source>
            <translation>dit adres is geen {api}: de server stuurt door ({status}) naar {target}. Vul het adres in waar de API echt staat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>dit adres is geen {api}: de server stuurt door ({status}). Vul het adres in waar de API echt staat.</source>
            <translation>dit adres is geen {api}: de server stuurt door ({status}). Vul het adres in waar de API echt staat.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>een webpagina (HTML)</source>
            <translation>een webpagina (HTML)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>geen JSON</source>
            <translation>geen JSON</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Controleer het adres (het eindigt meestal op /api/v1/). Klopt het, dan is er een storing bij de server of een proxy ertussen. Meld het bij de beheerder van de bron.</source>
            <translation>Controleer het adres (het eindigt meestal op /api/v1/). Klopt het, dan is er een storing bij de server of een proxy ertussen. Meld het bij de beheerder van de bron.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Controleer het adres. Het eindigt meestal op /api/v1/.</source>
            <translation>Controleer het adres. Het eindigt meestal op /api/v1/.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>dit adres is geen {api}: het antwoord is {what} (status {status}). {advice}</source>
            <translation>dit adres is geen {api}: het antwoord is {what} (status {status}). {advice}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>dit adres is geen {api} (404 niet gevonden). Controleer het adres. Het eindigt meestal op /api/v1/.</source>
            <translation>dit adres is geen {api} (404 niet gevonden). Controleer het adres. Het eindigt meestal op /api/v1/.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>storing bij de bron ({status}){code_words}. Probeer het later opnieuw of meld het bij de beheerder van de bron.</source>
            <translation>storing bij de bron ({status}){code_words}. Probeer het later opnieuw of meld het bij de beheerder van de bron.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>de bron weigert het verzoek ({status}){code_words}.</source>
            <translation>de bron weigert het verzoek ({status}){code_words}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>ongeldig antwoord: de server stuurt geen geldige JSON (status {status}).</source>
            <translation>ongeldig antwoord: de server stuurt geen geldige JSON (status {status}).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>dit adres is geen {api} (het lijkt een {other}). Controleer of u het juiste adres in het juiste veld hebt gezet.</source>
            <translation>dit adres is geen {api} (het lijkt een {other}). Controleer of u het juiste adres in het juiste veld hebt gezet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>dit adres is geen {api}. Controleer of u het juiste adres in het juiste veld hebt gezet.</source>
            <translation>dit adres is geen {api}. Controleer of u het juiste adres in het juiste veld hebt gezet.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/secret_length.py" line="+24" />
            <source>de sleutel is korter dan aanbevolen: {length} tekens, aanbevolen is minstens {minimum}. Vraag de beheerder van de bron om een langere sleutel.</source>
            <translation>de sleutel is korter dan aanbevolen: {length} tekens, aanbevolen is minstens {minimum}. Vraag de beheerder van de bron om een langere sleutel.</translation>
        </message>
    </context>
    <context>
        <name>ContactHistoryView</name>
        <message>
            <location filename="../kcc_desk/views/contact_history.py" line="+17" />
            <location line="+9" />
            <source>Eerdere contacten</source>
            <translation>Eerdere contacten</translation>
        </message>
        <message>
            <location line="-7" />
            <source>E&amp;erdere contacten</source>
            <translation>E&amp;erdere contacten</translation>
        </message>
    </context>
    <context>
        <name>ContactPresenter</name>
        <message>
            <location filename="../kcc_desk/presenters/contacts.py" line="+141" />
            <source>Klantinteracties weigerde een contact. Het is niet verzonden en staat bij de eerdere contacten. Meld het de beheerder.</source>
            <translation>Klantinteracties weigerde een contact. Het is niet verzonden en staat bij de eerdere contacten. Meld het de beheerder.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Klantinteracties is niet bereikbaar. Dit is de lijst van {date}. De doorverwijzing wordt verzonden zodra Klantinteracties weer werkt.</source>
            <translation>Klantinteracties is niet bereikbaar. Dit is de lijst van {date}. De doorverwijzing wordt verzonden zodra Klantinteracties weer werkt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De lijst met afdelingen en medewerkers kan niet worden geladen: {reason}</source>
            <translation>De lijst met afdelingen en medewerkers kan niet worden geladen: {reason}</translation>
        </message>
        <message>
            <location line="+94" />
            <source>nog geen status</source>
            <translation>nog geen status</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Vraag over de status</source>
            <translation>Vraag over de status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status uitgelegd: {status}.</source>
            <translation>Status uitgelegd: {status}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Opgeslagen: vraag over zaak {number} beantwoord. Het wordt verzonden naar Klantinteracties.</source>
            <translation>Opgeslagen: vraag over zaak {number} beantwoord. Het wordt verzonden naar Klantinteracties.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Opgeslagen: zaak {number} doorverwezen naar {target}. Het wordt verzonden naar Klantinteracties.</source>
            <translation>Opgeslagen: zaak {number} doorverwezen naar {target}. Het wordt verzonden naar Klantinteracties.</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Doorverwezen</source>
            <translation>Doorverwezen</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Open eerst een zaak. Kies de zaak in de lijst en druk op Enter.</source>
            <translation>Open eerst een zaak. Kies de zaak in de lijst en druk op Enter.</translation>
        </message>
    </context>
    <context>
        <name>ContactService</name>
        <message>
            <location filename="../kcc_desk/services/contacts/service.py" line="+89" />
            <source>Klantinteracties is niet ingesteld.</source>
            <translation>Klantinteracties is niet ingesteld.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Het outbox-bestand was beschadigd. Het staat apart als {name}; nieuwe contacten gaan in een nieuw bestand. Meld het de beheerder.</source>
            <translation>Het outbox-bestand was beschadigd. Het staat apart als {name}; nieuwe contacten gaan in een nieuw bestand. Meld het de beheerder.</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <location filename="../kcc_desk/services/credentials.py" line="+95" />
            <source>Geen sleutel ingesteld voor bron '{name}'. Stel die in met 'kcc-desk sources' of zet {variable}.</source>
            <translation>Geen sleutel ingesteld voor bron '{name}'. Stel die in met 'kcc-desk sources' of zet {variable}.</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Klantinteracties is niet ingesteld in de configuratie.</source>
            <translation>Klantinteracties is niet ingesteld in de configuratie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Geen token ingesteld voor Klantinteracties. Stel het in met 'kcc-desk sources' of zet {variable}.</source>
            <translation>Geen token ingesteld voor Klantinteracties. Stel het in met 'kcc-desk sources' of zet {variable}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De BRP is niet ingesteld in de configuratie.</source>
            <translation>De BRP is niet ingesteld in de configuratie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Geen API-sleutel ingesteld voor de BRP. Zet die in de sleutelbos (gebruiker 'brp') of in {variable}.</source>
            <translation>Geen API-sleutel ingesteld voor de BRP. Zet die in de sleutelbos (gebruiker 'brp') of in {variable}.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../kcc_desk/services/documents.py" line="+90" />
            <source>Geen toegang tot dit document (403).</source>
            <translation>Geen toegang tot dit document (403).</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Dit document is {level}: niet te openen in het KCC.</source>
            <translation>Dit document is {level}: niet te openen in het KCC.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dit document heeft geen aanduiding: niet te openen in het KCC.</source>
            <translation>Dit document heeft geen aanduiding: niet te openen in het KCC.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dit document is niet bedoeld voor de aanvrager.</source>
            <translation>Dit document is niet bedoeld voor de aanvrager.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>U mag dit document niet openen.</source>
            <translation>U mag dit document niet openen.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Dit document kon niet worden geladen.</source>
            <translation>Dit document kon niet worden geladen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een document kon niet worden geladen ({reason}).</source>
            <translation>Een document kon niet worden geladen ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTableModel</name>
        <message>
            <location filename="../kcc_desk/presenters/documents_model.py" line="+76" />
            <source>Dit mag niet voor dit document.</source>
            <translation>Dit mag niet voor dit document.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet te openen. {reason}</source>
            <translation>Niet te openen. {reason}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Titel</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Soort</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vertrouwelijkheid</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <location line="+29" />
            <source>(zonder titel)</source>
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Onbekend</source>
            <translation>Onbekend</translation>
        </message>
    </context>
    <context>
        <name>DocumentsView</name>
        <message>
            <location filename="../kcc_desk/views/documents.py" line="+172" />
            <source>Documenten</source>
            <translation>Documenten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kies met de pijltjestoetsen. Druk op Enter om het document te openen.</source>
            <translation>Kies met de pijltjestoetsen. Druk op Enter om het document te openen.</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+3" />
            <source>Open document</source>
            <translation>Open document</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Bij deze zaak zijn geen documenten.</source>
            <translation>Bij deze zaak zijn geen documenten.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../kcc_desk/presenters/history_model.py" line="+81" />
            <source>Eerdere contacten niet te laden: {reason}</source>
            <translation>Eerdere contacten niet te laden: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Geen eerdere contacten.</source>
            <translation>Geen eerdere contacten.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 eerder contact.</source>
            <translation>1 eerder contact.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} eerdere contacten.</source>
            <translation>{count} eerdere contacten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 doorverwijzing staat nog open.</source>
            <translation>1 doorverwijzing staat nog open.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} doorverwijzingen staan nog open.</source>
            <translation>{count} doorverwijzingen staan nog open.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>onbekende datum</source>
            <translation>onbekende datum</translation>
        </message>
        <message>
            <location line="+6" />
            <source>telefoon</source>
            <translation>telefoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>balie</source>
            <translation>balie</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>brief</source>
            <translation>brief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>post</source>
            <translation>post</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <location line="+31" />
            <source>. niet verzonden: Klantinteracties weigerde het ({reason}). Meld het de beheerder.</source>
            <translation>. niet verzonden: Klantinteracties weigerde het ({reason}). Meld het de beheerder.</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Doorverwijzing van {date} naar {who}: {what}. Wordt verzonden.</source>
            <translation>Doorverwijzing van {date} naar {who}: {what}. Wordt verzonden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open doorverwijzing van {date} naar {who}: {what}. Nog niet afgehandeld.</source>
            <translation>Open doorverwijzing van {date} naar {who}: {what}. Nog niet afgehandeld.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>geen reden gegeven</source>
            <translation>geen reden gegeven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>. Wordt verzonden.</source>
            <translation>. Wordt verzonden.</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+3" />
            <location line="+3" />
            <source>onbekend</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Doorverwijzing naar {who} is niet verzonden: Klantinteracties weigerde die. Meld het de beheerder.</source>
            <translation>Doorverwijzing naar {who} is niet verzonden: Klantinteracties weigerde die. Meld het de beheerder.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{date}, {kanaal}: {onderwerp}</source>
            <translation>{date}, {kanaal}: {onderwerp}</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (door {who})</source>
            <translation> (door {who})</translation>
        </message>
    </context>
    <context>
        <name>Identifiers</name>
        <message>
            <location filename="../kcc_desk/services/identifiers.py" line="+107" />
            <source>Vul een BSN, KVK-nummer, zaaknummer, naam met geboortedatum, postcode met huisnummer, telefoonnummer of e-mailadres in.</source>
            <translation>Vul een BSN, KVK-nummer, zaaknummer, naam met geboortedatum, postcode met huisnummer, telefoonnummer of e-mailadres in.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Dit BSN klopt niet. Controleer de 9 cijfers.</source>
            <translation>Dit BSN klopt niet. Controleer de 9 cijfers.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Een zaaknummer is hoogstens {limit} tekens lang.</source>
            <translation>Een zaaknummer is hoogstens {limit} tekens lang.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Een zaaknummer bestaat uit letters, cijfers, streepjes, punten en schuine strepen.</source>
            <translation>Een zaaknummer bestaat uit letters, cijfers, streepjes, punten en schuine strepen.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/person_query.py" line="+137" />
            <source>Dit e-mailadres is niet compleet. Controleer het.</source>
            <translation>Dit e-mailadres is niet compleet. Controleer het.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Alleen Nederlandse telefoonnummers (+31) zijn te zoeken.</source>
            <translation>Alleen Nederlandse telefoonnummers (+31) zijn te zoeken.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Een telefoonnummer heeft 10 cijfers, zoals 06 12345678.</source>
            <translation>Een telefoonnummer heeft 10 cijfers, zoals 06 12345678.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Typ een postcode met huisnummer, zoals 2511 AB 12 of 2511AB 12a.</source>
            <translation>Typ een postcode met huisnummer, zoals 2511 AB 12 of 2511AB 12a.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deze postcode bestaat niet: hij begint niet met 0.</source>
            <translation>Deze postcode bestaat niet: hij begint niet met 0.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Een huisnummer ligt tussen 1 en 99999.</source>
            <translation>Een huisnummer ligt tussen 1 en 99999.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Typ een achternaam met geboortedatum, zoals de Vries 12-3-1980.</source>
            <translation>Typ een achternaam met geboortedatum, zoals de Vries 12-3-1980.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Deze geboortedatum bestaat niet. Typ dag-maand-jaar, zoals 12-3-1980.</source>
            <translation>Deze geboortedatum bestaat niet. Typ dag-maand-jaar, zoals 12-3-1980.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deze geboortedatum kan niet: hij ligt in de toekomst of te ver terug.</source>
            <translation>Deze geboortedatum kan niet: hij ligt in de toekomst of te ver terug.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Een sterretje (*) mag alleen aan het eind van de achternaam.</source>
            <translation>Een sterretje (*) mag alleen aan het eind van de achternaam.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Typ minstens 3 letters van de achternaam voor het sterretje (*).</source>
            <translation>Typ minstens 3 letters van de achternaam voor het sterretje (*).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Een achternaam bestaat uit letters, spaties, punten, streepjes en apostrofs.</source>
            <translation>Een achternaam bestaat uit letters, spaties, punten, streepjes en apostrofs.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Een voornaam bestaat uit letters en spaties.</source>
            <translation>Een voornaam bestaat uit letters en spaties.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dit voorvoegsel kan de BRP niet zoeken.</source>
            <translation>Dit voorvoegsel kan de BRP niet zoeken.</translation>
        </message>
    </context>
    <context>
        <name>KeyringNotice</name>
        <message>
            <location filename="../kcc_desk/views/keyring_notice.py" line="+20" />
            <source>Wat kunt u doen? Vraag de beheerder van deze computer om de sleutelbos van het systeem aan te zetten: GNOME Keyring of KWallet op Linux, Windows Referentiebeheer of de macOS-sleutelhanger. Start kcc-desk daarna opnieuw en vul de sleutels nog één keer in bij Instellingen (Ctrl+,).</source>
            <translation>Wat kunt u doen? Vraag de beheerder van deze computer om de sleutelbos van het systeem aan te zetten: GNOME Keyring of KWallet op Linux, Windows Referentiebeheer of de macOS-sleutelhanger. Start kcc-desk daarna opnieuw en vul de sleutels nog één keer in bij Instellingen (Ctrl+,).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Sleutelbos niet veilig: lees wat u kunt doen</source>
            <translation>Sleutelbos niet veilig: lees wat u kunt doen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Geen veilige sleutelbos</source>
            <translation>Geen veilige sleutelbos</translation>
        </message>
    </context>
    <context>
        <name>KeyringSafety</name>
        <message>
            <location filename="../kcc_desk/services/keyring_safety.py" line="+30" />
            <source>Sleutels worden alleen voor deze sessie in het geheugen bewaard en zijn weg als u kcc-desk sluit.</source>
            <translation>Sleutels worden alleen voor deze sessie in het geheugen bewaard en zijn weg als u kcc-desk sluit.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Er is geen sleutelbos (keyring) beschikbaar op deze computer.</source>
            <translation>Er is geen sleutelbos (keyring) beschikbaar op deze computer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De sleutelbos (keyring) is uitgeschakeld.</source>
            <translation>De sleutelbos (keyring) is uitgeschakeld.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De sleutelbos (keyring) op deze computer bewaart sleutels in een gewoon bestand (keyrings.alt). Dat is niet veilig.</source>
            <translation>De sleutelbos (keyring) op deze computer bewaart sleutels in een gewoon bestand (keyrings.alt). Dat is niet veilig.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>De sleutelbos (keyring) op deze computer kan sleutels in een gewoon bestand zetten. Dat is niet veilig.</source>
            <translation>De sleutelbos (keyring) op deze computer kan sleutels in een gewoon bestand zetten. Dat is niet veilig.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>De sleutelbos (keyring) van het besturingssysteem wordt gebruikt.</source>
            <translation>De sleutelbos (keyring) van het besturingssysteem wordt gebruikt.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>{reason} {note}</source>
            <translation>{reason} {note}</translation>
        </message>
    </context>
    <context>
        <name>Klantinteracties</name>
        <message>
            <location filename="../kcc_desk/services/contacts/transport.py" line="+34" />
            <source>Klantinteracties gaf een ongeldig antwoord.</source>
            <translation>Klantinteracties gaf een ongeldig antwoord.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Klantinteracties reageert niet op tijd. Probeer het later opnieuw.</source>
            <translation>Klantinteracties reageert niet op tijd. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Klantinteracties is niet bereikbaar. Probeer het later opnieuw.</source>
            <translation>Klantinteracties is niet bereikbaar. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Klantinteracties weigert de toegang ({status}). Controleer het token.</source>
            <translation>Klantinteracties weigert de toegang ({status}). Controleer het token.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Klantinteracties kent dit niet (404).</source>
            <translation>Klantinteracties kent dit niet (404).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Klantinteracties heeft een storing ({status}). Probeer het later opnieuw.</source>
            <translation>Klantinteracties heeft een storing ({status}). Probeer het later opnieuw.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Klantinteracties weigerde het verzoek ({status}): controleer {fields}.</source>
            <translation>Klantinteracties weigerde het verzoek ({status}): controleer {fields}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Klantinteracties weigerde het verzoek ({status}).</source>
            <translation>Klantinteracties weigerde het verzoek ({status}).</translation>
        </message>
    </context>
    <context>
        <name>KpiPane</name>
        <message>
            <location filename="../kcc_desk/views/review/tables.py" line="+20" />
            <source>KPI's</source>
            <translation>KPI's</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Per medewerker</source>
            <translation>Per medewerker</translation>
        </message>
        <message>
            <location line="+10" />
            <source>E&amp;xporteer KPI-tabel (CSV)…</source>
            <translation>E&amp;xporteer KPI-tabel (CSV)…</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../kcc_desk/views/lock_screen.py" line="+16" />
            <source>Scherm vergrendeld</source>
            <translation>Scherm vergrendeld</translation>
        </message>
        <message>
            <location line="+4" />
            <source>U was een tijd niet actief. Daarom ziet u de gegevens van de beller niet meer.</source>
            <translation>U was een tijd niet actief. Daarom ziet u de gegevens van de beller niet meer.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Werk verder</source>
            <translation>Werk verder</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../kcc_desk/views/main_window.py" line="+161" />
            <location line="+125" />
            <source>Oefenomgeving</source>
            <translation>Oefenomgeving</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Bezig met starten… Het zoeken begint zo.</source>
            <translation>Bezig met starten… Het zoeken begint zo.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/window_wiring.py" line="+251" />
            <source>U kunt het contact nu niet vastleggen. Klantinteracties is niet ingesteld.</source>
            <translation>U kunt het contact nu niet vastleggen. Klantinteracties is niet ingesteld.</translation>
        </message>
        <message>
            <location line="-69" />
            <source>Klaar met zoeken.</source>
            <translation>Klaar met zoeken.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/main_window.py" line="-95" />
            <source>Oefenomgeving — verzonnen gegevens, niets gaat naar echte systemen.</source>
            <translation>Oefenomgeving — verzonnen gegevens, niets gaat naar echte systemen.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/window_wiring.py" line="-141" />
            <source>Nog geen zaken. Zoek hierboven de beller of de zaak.</source>
            <translation>Nog geen zaken. Zoek hierboven de beller of de zaak.</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Kies eerst de beller hierboven.</source>
            <translation>Kies eerst de beller hierboven.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Geen persoon gevonden.</source>
            <translation>Geen persoon gevonden.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+1" />
            <source>Bezig met zoeken naar de persoon…</source>
            <translation>Bezig met zoeken naar de persoon…</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>Bezig met zoeken…</source>
            <translation>Bezig met zoeken…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Geen zaken gevonden voor dit nummer.</source>
            <translation>Geen zaken gevonden voor dit nummer.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Zaak {number} geopend.</source>
            <translation>Zaak {number} geopend.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Klaar voor een nieuwe beller.</source>
            <translation>Klaar voor een nieuwe beller.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Zaaknummer {number} gekopieerd.</source>
            <translation>Zaaknummer {number} gekopieerd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waarom {source} niet antwoordde</source>
            <translation>Waarom {source} niet antwoordde</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/window_attach.py" line="+79" />
            <source>Contacten</source>
            <translation>Contacten</translation>
        </message>
        <message numerus="yes">
            <location filename="../kcc_desk/views/outbox_state.py" line="+39" />
            <source>%n contact(en) niet verzonden: Klantinteracties weigerde ze. Ze staan bij de eerdere contacten. Meld het de beheerder.</source>
            <translation>
                <numerusform>%n contact niet verzonden: Klantinteracties weigerde het. Het staat bij de eerdere contacten. Meld het de beheerder.</numerusform>
                <numerusform>%n contacten niet verzonden: Klantinteracties weigerde ze. Ze staan bij de eerdere contacten. Meld het de beheerder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n contact(en) nog niet verzonden</source>
            <translation>
                <numerusform>%n contact nog niet verzonden</numerusform>
                <numerusform>%n contacten nog niet verzonden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Alle contacten verzonden</source>
            <translation>Alle contacten verzonden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: kcc-desk probeert het opnieuw</source>
            <translation>: kcc-desk probeert het opnieuw</translation>
        </message>
    </context>
    <context>
        <name>MyReferralsWindow</name>
        <message>
            <location filename="../kcc_desk/views/review/mine.py" line="+35" />
            <location line="+12" />
            <source>Mijn doorverwijzingen</source>
            <translation>Mijn doorverwijzingen</translation>
        </message>
        <message>
            <location line="-9" />
            <source>De doorverwijzingen die u de afgelopen {days} dagen maakte, met hun status nu.</source>
            <translation>De doorverwijzingen die u de afgelopen {days} dagen maakte, met hun status nu.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vernieuwen</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Bezig met ophalen…</source>
            <translation>Bezig met ophalen…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{n} doorverwijzingen.</source>
            <translation>{n} doorverwijzingen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>U hebt de afgelopen {days} dagen niemand doorverwezen.</source>
            <translation>U hebt de afgelopen {days} dagen niemand doorverwezen.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <location filename="../kcc_desk/services/contacts/request.py" line="+85" />
            <source>Onbekend soort contact.</source>
            <translation>Onbekend soort contact.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kies als kanaal telefoon of balie.</source>
            <translation>Kies als kanaal telefoon of balie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>De medewerker-id ontbreekt of is te lang.</source>
            <translation>De medewerker-id ontbreekt of is te lang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vul een onderwerp in.</source>
            <translation>Vul een onderwerp in.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Het BSN van de beller is niet geldig.</source>
            <translation>Het BSN van de beller is niet geldig.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het tijdstip van het contact mist een tijdzone.</source>
            <translation>Het tijdstip van het contact mist een tijdzone.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ongeldige referentie.</source>
            <translation>Ongeldige referentie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ongeldig referentienummer: dat zijn 10 cijfers.</source>
            <translation>Ongeldig referentienummer: dat zijn 10 cijfers.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>De zaak kan niet aan het contact worden gekoppeld.</source>
            <translation>De zaak kan niet aan het contact worden gekoppeld.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het terugbelnummer is geen geldig telefoonnummer.</source>
            <translation>Het terugbelnummer is geen geldig telefoonnummer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kies naar wie het contact wordt doorgezet.</source>
            <translation>Kies naar wie het contact wordt doorgezet.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ongeldige ontvanger van de doorverwijzing.</source>
            <translation>Ongeldige ontvanger van de doorverwijzing.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vul in wat er gevraagd wordt (de reden).</source>
            <translation>Vul in wat er gevraagd wordt (de reden).</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/contacts/delivery.py" line="+119" />
            <source>Dit contact mist zijn gegevens en kan niet worden verzonden.</source>
            <translation>Dit contact mist zijn gegevens en kan niet worden verzonden.</translation>
        </message>
        <message>
            <location line="+173" />
            <source>Klantinteracties weigert elk nieuw referentienummer voor dit contact.</source>
            <translation>Klantinteracties weigert elk nieuw referentienummer voor dit contact.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/contacts/worker.py" line="+94" />
            <source>Versturen mislukt door een onverwachte fout. Het wordt opnieuw geprobeerd.</source>
            <translation>Versturen mislukt door een onverwachte fout. Het wordt opnieuw geprobeerd.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/contacts/schema.py" line="+58" />
            <source>Het outbox-bestand is beschadigd of geen wachtrij van kcc-desk.</source>
            <translation>Het outbox-bestand is beschadigd of geen wachtrij van kcc-desk.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>De wachtrij is gemaakt door een nieuwere versie van kcc-desk. Werk kcc-desk bij.</source>
            <translation>De wachtrij is gemaakt door een nieuwere versie van kcc-desk. Werk kcc-desk bij.</translation>
        </message>
    </context>
    <context>
        <name>PersonListModel</name>
        <message>
            <location filename="../kcc_desk/presenters/person_list_model.py" line="+35" />
            <source>geboortedatum onbekend</source>
            <translation>geboortedatum onbekend</translation>
        </message>
        <message>
            <location line="+6" />
            <source>naam onbekend</source>
            <translation>naam onbekend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>geboren {date}</source>
            <translation>geboren {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>adres onbekend</source>
            <translation>adres onbekend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BSN {masked}</source>
            <translation>BSN {masked}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>GEHEIMHOUDING</source>
            <translation>GEHEIMHOUDING</translation>
        </message>
        <message>
            <location line="+2" />
            <source>overleden</source>
            <translation>overleden</translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message>
            <location filename="../kcc_desk/views/person_list.py" line="+52" />
            <source>Geheimhouding: geef geen adres of andere persoonsgegevens van deze persoon aan anderen. Alleen de persoon zelf mag ze horen.</source>
            <translation>Geheimhouding: geef geen adres of andere persoonsgegevens van deze persoon aan anderen. Alleen de persoon zelf mag ze horen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Gevonden personen</source>
            <translation>&amp;Gevonden personen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kies de beller en druk op Enter.</source>
            <translation>Kies de beller en druk op Enter.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Gevonden personen</source>
            <translation>Gevonden personen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kies met de pijltjestoetsen de persoon die belt en druk op Enter.</source>
            <translation>Kies met de pijltjestoetsen de persoon die belt en druk op Enter.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Gegevens uit de BRP ziet u alleen om te controleren wie er belt. Geef ze niet door.</source>
            <translation>Gegevens uit de BRP ziet u alleen om te controleren wie er belt. Geef ze niet door.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Bezig met zoeken naar de persoon…</source>
            <translation>Bezig met zoeken naar de persoon…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Beller: {name}, geboren {born}</source>
            <translation>Beller: {name}, geboren {born}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>naam onbekend</source>
            <translation>naam onbekend</translation>
        </message>
        <message>
            <location line="+4" />
            <source>BRP-gegevens alleen om te controleren wie er belt.</source>
            <translation>BRP-gegevens alleen om te controleren wie er belt.</translation>
        </message>
    </context>
    <context>
        <name>PersonsPresenter</name>
        <message>
            <location filename="../kcc_desk/presenters/persons.py" line="+91" />
            <source>Bezig met zoeken naar de persoon…</source>
            <translation>Bezig met zoeken naar de persoon…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>De BRP gaf geen gegevens: {problem}</source>
            <translation>De BRP gaf geen gegevens: {problem}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Geen persoon gevonden. Controleer de spelling, of zoek op een andere manier: BSN, naam met geboortedatum, postcode met huisnummer, telefoonnummer of e-mailadres.</source>
            <translation>Geen persoon gevonden. Controleer de spelling, of zoek op een andere manier: BSN, naam met geboortedatum, postcode met huisnummer, telefoonnummer of e-mailadres.</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n personen gevonden. Kies de beller.</source>
            <translation>
                <numerusform>%n persoon gevonden. Kies de beller.</numerusform>
                <numerusform>%n personen gevonden. Kies de beller.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueuePane</name>
        <message>
            <location filename="../kcc_desk/views/review/queue_pane.py" line="+71" />
            <source>&amp;Naar team</source>
            <translation>&amp;Naar team</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Medewerker</source>
            <translation>&amp;Medewerker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Urgentie</source>
            <translation>&amp;Urgentie</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <location line="+134" />
            <source>Alle</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location line="-139" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Afgehandeld</source>
            <translation>Afgehandeld</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Te laat</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Binnen een werkdag</source>
            <translation>Binnen een werkdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Doorverwijzingen</source>
            <translation>Doorverwijzingen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Open zaak in werkscherm</source>
            <translation>&amp;Open zaak in werkscherm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Of druk op Enter in de lijst.</source>
            <translation>Of druk op Enter in de lijst.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Exporteer wachtrij (CSV)…</source>
            <translation>&amp;Exporteer wachtrij (CSV)…</translation>
        </message>
        <message>
            <location line="+116" />
            <source>{shown} van {total} doorverwijzingen</source>
            <translation>{shown} van {total} doorverwijzingen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(waarvan {n} nog open van vóór de periode)</source>
            <translation>(waarvan {n} nog open van vóór de periode)</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <location filename="../kcc_desk/views/referral_dialog.py" line="+71" />
            <source>Doorverwijzen: {number}</source>
            <translation>Doorverwijzen: {number}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Naar wie</source>
            <translation>Naar wie</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Doorverwijzen naar: typ om te zoeken</source>
            <translation>Doorverwijzen naar: typ om te zoeken</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Kies naar wie u de vraag doorverwijst en waarom. Druk dan op Enter.</source>
            <translation>Kies naar wie u de vraag doorverwijst en waarom. Druk dan op Enter.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Typ een deel van de naam. Met pijl omlaag gaat u naar de lijst.</source>
            <translation>Typ een deel van de naam. Met pijl omlaag gaat u naar de lijst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Typ een afdeling of naam</source>
            <translation>Typ een afdeling of naam</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>Reden</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kies of typ de reden</source>
            <translation>Kies of typ de reden</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Terugbelnummer (niet verplicht)</source>
            <translation>Terugbelnummer (niet verplicht)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bijvoorbeeld 06 12345678</source>
            <translation>Bijvoorbeeld 06 12345678</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Toelichting (niet verplicht)</source>
            <translation>Toelichting (niet verplicht)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Enter verstuurt de doorverwijzing.</source>
            <translation>Ctrl+Enter verstuurt de doorverwijzing.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Zaak:</source>
            <translation>Zaak:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beller:</source>
            <translation>Beller:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medewerker:</source>
            <translation>Medewerker:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Doorverwijzen naar:</source>
            <translation>&amp;Doorverwijzen naar:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reden:</source>
            <translation>&amp;Reden:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Terugbelnummer (niet verplicht):</source>
            <translation>&amp;Terugbelnummer (niet verplicht):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>T&amp;oelichting (niet verplicht):</source>
            <translation>T&amp;oelichting (niet verplicht):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Verwijs door</source>
            <translation>Verwijs door</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Kies naar wie u doorverwijst.</source>
            <translation>Kies naar wie u doorverwijst.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vul een reden in.</source>
            <translation>Vul een reden in.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties en +.</source>
            <translation>Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties en +.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{used} van {limit} tekens</source>
            <translation>{used} van {limit} tekens</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Let op: {text}</source>
            <translation>Let op: {text}</translation>
        </message>
    </context>
    <context>
        <name>ReferralFlow</name>
        <message>
            <location filename="../kcc_desk/views/referral_flow.py" line="+55" />
            <source>Al doorverwezen</source>
            <translation>Al doorverwezen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verwijs nog een keer door</source>
            <translation>&amp;Verwijs nog een keer door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Niet doorverwijzen</source>
            <translation>&amp;Niet doorverwijzen</translation>
        </message>
    </context>
    <context>
        <name>ReferralForm</name>
        <message>
            <location filename="../kcc_desk/presenters/referral_form.py" line="+24" />
            <source>Terugbellen over de status van de aanvraag</source>
            <translation>Terugbellen over de status van de aanvraag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vraag wanneer er een besluit komt</source>
            <translation>Vraag wanneer er een besluit komt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aanvullende informatie doorgeven</source>
            <translation>Aanvullende informatie doorgeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Klacht over de behandeling</source>
            <translation>Klacht over de behandeling</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <location filename="../kcc_desk/presenters/queue_texts.py" line="+35" />
            <source>afgehandeld</source>
            <translation>afgehandeld</translation>
        </message>
        <message>
            <location line="+5" />
            <source>1 werkdag</source>
            <translation>1 werkdag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{n} werkdagen</source>
            <translation>{n} werkdagen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>{n} uur</source>
            <translation>{n} uur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>nog {span}</source>
            <translation>nog {span}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{span} te laat</source>
            <translation>{span} te laat</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/review.py" line="+72" />
            <source>telefoon</source>
            <translation>telefoon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>balie</source>
            <translation>balie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/queue_texts.py" line="+4" />
            <location filename="../kcc_desk/presenters/review.py" line="+31" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Afgehandeld</source>
            <translation>Afgehandeld</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/review.py" line="-3" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Waarde</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dag</source>
            <translation>Dag</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <location line="+159" />
            <source>Statuscontacten</source>
            <translation>Statuscontacten</translation>
        </message>
        <message>
            <location line="-164" />
            <location line="+2" />
            <location line="+3" />
            <location line="+2" />
            <location line="+158" />
            <source>Doorverwijzingen</source>
            <translation>Doorverwijzingen</translation>
        </message>
        <message>
            <location line="-163" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+171" />
            <source>Te laat</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location line="-168" />
            <source>Medewerker</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zaaktype</source>
            <translation>Zaaktype</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open sinds (werkdagen)</source>
            <translation>Open sinds (werkdagen)</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+164" />
            <source>Open doorverwijzingen</source>
            <translation>Open doorverwijzingen</translation>
        </message>
        <message>
            <location line="-162" />
            <source>Wanneer</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Door</source>
            <translation>Door</translation>
        </message>
        <message>
            <location line="+63" />
            <source>onbekende zaak</source>
            <translation>onbekende zaak</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Niet gevonden in de bronnen: {zaak}</source>
            <translation>Niet gevonden in de bronnen: {zaak}</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/queue_texts.py" line="+21" />
            <source>Uiterlijk {moment}</source>
            <translation>Uiterlijk {moment}</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/review.py" line="-69" />
            <source>Zaak</source>
            <translation>Zaak</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Naar</source>
            <translation>Naar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reden</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Termijn</source>
            <translation>Termijn</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Onbekend zaaktype</source>
            <translation>Onbekend zaaktype</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Deze zaak is in geen van de bronnen gevonden.</source>
            <translation>Deze zaak is in geen van de bronnen gevonden.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Het overzicht kon niet worden gemaakt.</source>
            <translation>Het overzicht kon niet worden gemaakt.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Doorverwijspercentage</source>
            <translation>Doorverwijspercentage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opgelost in eerste contact</source>
            <translation>Opgelost in eerste contact</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Statuscontacten via {kanaal}</source>
            <translation>Statuscontacten via {kanaal}</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/review/period.py" line="+36" />
            <source>De einddatum ligt voor de begindatum.</source>
            <translation>De einddatum ligt voor de begindatum.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kies een periode van hoogstens {days} dagen.</source>
            <translation>Kies een periode van hoogstens {days} dagen.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Geen geldige datum: {text} (gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-01).</source>
            <translation>Geen geldige datum: {text} (gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-01).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Geen geldig tijdstip: {text} (bijvoorbeeld 2026-03-01T17:00+01:00).</source>
            <translation>Geen geldig tijdstip: {text} (bijvoorbeeld 2026-03-01T17:00+01:00).</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/review/service.py" line="+112" />
            <source>Onbekend team: {name}.</source>
            <translation>Onbekend team: {name}.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/review/session.py" line="+30" />
            <source>Klantinteracties is niet ingesteld: zonder die bron is er geen overzicht.</source>
            <translation>Klantinteracties is niet ingesteld: zonder die bron is er geen overzicht.</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <location filename="../kcc_desk/views/review/window.py" line="+53" />
            <source>Overzicht doorverwijzingen en KPI's</source>
            <translation>Overzicht doorverwijzingen en KPI's</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Vandaag</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deze week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deze maand</source>
            <translation>Deze maand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zelf kiezen</source>
            <translation>Zelf kiezen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Periode</source>
            <translation>&amp;Periode</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Van</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tot en met</source>
            <translation>&amp;Tot en met</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+116" />
            <source>Alle teams</source>
            <translation>Alle teams</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Te&amp;am</source>
            <translation>Te&amp;am</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vernieuwen</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Statuscontacten en doorverwijzingen per dag</source>
            <translation>Statuscontacten en doorverwijzingen per dag</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Doorverwijzingen per team</source>
            <translation>Doorverwijzingen per team</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Doorverwijzingen per zaaktype</source>
            <translation>Doorverwijzingen per zaaktype</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open doorverwijzingen naar leeftijd</source>
            <translation>Open doorverwijzingen naar leeftijd</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Wachtrij</source>
            <translation>&amp;Wachtrij</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Grafieken</source>
            <translation>&amp;Grafieken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;KPI-tabel</source>
            <translation>&amp;KPI-tabel</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Onderdelen van het overzicht</source>
            <translation>Onderdelen van het overzicht</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Het overzicht wordt gemaakt…</source>
            <translation>Het overzicht wordt gemaakt…</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Periode {start} tot en met {end}.</source>
            <translation>Periode {start} tot en met {end}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Exporteren als CSV</source>
            <translation>Exporteren als CSV</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV-bestanden (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Niet opgeslagen: {reason}</source>
            <translation>Niet opgeslagen: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opgeslagen: {path}</source>
            <translation>Opgeslagen: {path}</translation>
        </message>
    </context>
    <context>
        <name>RolesView</name>
        <message>
            <location filename="../kcc_desk/views/roles.py" line="+21" />
            <source>Rol</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Soort</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rollen</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bij deze zaak zijn geen rollen bekend.</source>
            <translation>Bij deze zaak zijn geen rollen bekend.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>persoon</source>
            <translation>persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organisatie</source>
            <translation>organisatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vestiging</source>
            <translation>vestiging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>medewerker</source>
            <translation>medewerker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>afdeling</source>
            <translation>afdeling</translation>
        </message>
        <message>
            <location line="+6" />
            <source>onbekend</source>
            <translation>onbekend</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../kcc_desk/views/search_bar.py" line="+84" />
            <source>Maak zoekveld leeg</source>
            <translation>Maak zoekveld leeg</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+2" />
            <source>Zoeken</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location line="-17" />
            <source>&amp;Zoek beller of zaak</source>
            <translation>&amp;Zoek beller of zaak</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoek beller of zaak</source>
            <translation>Zoek beller of zaak</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+67" />
            <source>Typ wat de beller noemt: BSN, KVK-nummer, zaaknummer, naam en geboortedatum, postcode en huisnummer, telefoonnummer of e-mailadres. Druk dan op Enter.</source>
            <translation>Typ wat de beller noemt: BSN, KVK-nummer, zaaknummer, naam en geboortedatum, postcode en huisnummer, telefoonnummer of e-mailadres. Druk dan op Enter.</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Bijvoorbeeld 999993653, ZAAK-2026-0001234, de Vries 12-3-1980 of 06 12345678</source>
            <translation>Bijvoorbeeld 999993653, ZAAK-2026-0001234, de Vries 12-3-1980 of 06 12345678</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Let op: {message}</source>
            <translation>Let op: {message}</translation>
        </message>
    </context>
    <context>
        <name>SearchHint</name>
        <message>
            <location filename="../kcc_desk/presenters/search_hint.py" line="+22" />
            <source>Herkend als: BSN</source>
            <translation>Herkend als: BSN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Herkend als: KVK-nummer</source>
            <translation>Herkend als: KVK-nummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Herkend als: zaaknummer</source>
            <translation>Herkend als: zaaknummer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Herkend als: naam en geboortedatum</source>
            <translation>Herkend als: naam en geboortedatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Herkend als: postcode en huisnummer</source>
            <translation>Herkend als: postcode en huisnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Herkend als: telefoonnummer</source>
            <translation>Herkend als: telefoonnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Herkend als: e-mailadres</source>
            <translation>Herkend als: e-mailadres</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../kcc_desk/views/settings_dialog.py" line="+289" />
            <location filename="../kcc_desk/views/settings_form.py" line="+175" />
            <source>Fout: {0}</source>
            <translation>Fout: {0}</translation>
        </message>
        <message>
            <location line="-224" />
            <source>Instellingen</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Onderdelen van de instellingen</source>
            <translation>Onderdelen van de instellingen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wissel met Ctrl+Tab.</source>
            <translation>Wissel met Ctrl+Tab.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Probeer hier taal, thema, tekstgrootte en vergrendelen: uw keuze werkt meteen. Medewerker-id en CA-bestand liggen vast in de oefenomgeving.</source>
            <translation>Probeer hier taal, thema, tekstgrootte en vergrendelen: uw keuze werkt meteen. Medewerker-id en CA-bestand liggen vast in de oefenomgeving.</translation>
        </message>
        <message>
            <location line="+28" />
            <location filename="../kcc_desk/views/settings_tests.py" line="+75" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Toepassen</source>
            <translation>&amp;Toepassen</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_sources.py" line="+87" />
            <source>&amp;Bronnen</source>
            <translation>&amp;Bronnen</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_dialog.py" line="-36" />
            <location filename="../kcc_desk/views/settings_sources.py" line="+4" />
            <source>Bronnen</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_sources.py" line="+169" />
            <source>Nieuwe bron</source>
            <translation>Nieuwe bron</translation>
        </message>
        <message>
            <location line="-125" />
            <source>Het adres eindigt meestal op /api/v1/.</source>
            <translation>Het adres eindigt meestal op /api/v1/.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Naam</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Zaken API</source>
            <translation>&amp;Zaken API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Catalogi API</source>
            <translation>&amp;Catalogi API</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Documenten API</source>
            <translation>&amp;Documenten API</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mag leeg blijven.</source>
            <translation>Mag leeg blijven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client-&amp;id</source>
            <translation>Client-&amp;id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>W&amp;achttijd (seconden)</source>
            <translation>W&amp;achttijd (seconden)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sleutel (client secret)</source>
            <translation>&amp;Sleutel (client secret)</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_klant.py" line="+39" />
            <location filename="../kcc_desk/views/settings_sources.py" line="-41" />
            <source>Test &amp;verbinding</source>
            <translation>Test &amp;verbinding</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_sources.py" line="+1" />
            <source>Test verbinding</source>
            <translation>Test verbinding</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_klant.py" line="-8" />
            <source>&amp;Klantinteracties-adres</source>
            <translation>&amp;Klantinteracties-adres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leeg laten als contacten niet worden vastgelegd.</source>
            <translation>Leeg laten als contacten niet worden vastgelegd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>T&amp;oken</source>
            <translation>T&amp;oken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Test verbinding met Klantinteracties</source>
            <translation>Test verbinding met Klantinteracties</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_dialog.py" line="+1" />
            <source>Klantinteracties</source>
            <translation>Klantinteracties</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_general.py" line="+46" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Bladeren…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bladeren: kies CA-bestand</source>
            <translation>Bladeren: kies CA-bestand</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Meldi&amp;ngen van gevolgde zaken</source>
            <translation>Meldi&amp;ngen van gevolgde zaken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een melding op het bureaublad als een zaak die u volgt verandert.</source>
            <translation>Een melding op het bureaublad als een zaak die u volgt verandert.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>CA-bestand kiezen</source>
            <translation>CA-bestand kiezen</translation>
        </message>
        <message>
            <location line="-88" />
            <source>&amp;Medewerker-id</source>
            <translation>&amp;Medewerker-id</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_sources.py" line="-13" />
            <source>Voe&amp;g bron toe</source>
            <translation>Voe&amp;g bron toe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Voeg bron toe</source>
            <translation>Voeg bron toe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>V&amp;erwijder bron</source>
            <translation>V&amp;erwijder bron</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verwijder bron</source>
            <translation>Verwijder bron</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_general.py" line="-16" />
            <source>Taal van het systeem</source>
            <translation>Taal van het systeem</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Gaat mee in elk verzoek aan de bronnen. Leeg: uw inlognaam.</source>
            <translation>Gaat mee in elk verzoek aan de bronnen. Leeg: uw inlognaam.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Vergrendelen na (minuten)</source>
            <translation>&amp;Vergrendelen na (minuten)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;aal</source>
            <translation>T&amp;aal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;hema</source>
            <translation>T&amp;hema</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Naam van een thema of pad naar een tokens-bestand.</source>
            <translation>Naam van een thema of pad naar een tokens-bestand.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Te&amp;kstgrootte</source>
            <translation>Te&amp;kstgrootte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ook met Ctrl+= en Ctrl+-.</source>
            <translation>Ook met Ctrl+= en Ctrl+-.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;CA-bestand (PEM)</source>
            <translation>&amp;CA-bestand (PEM)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alleen nodig als de gemeente eigen certificaten gebruikt.</source>
            <translation>Alleen nodig als de gemeente eigen certificaten gebruikt.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_dialog.py" line="+6" />
            <source>Algemeen</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_sources.py" line="-49" />
            <source>Resultaat van de verbindingstest</source>
            <translation>Resultaat van de verbindingstest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nog niet getest.</source>
            <translation>Nog niet getest.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_dialog.py" line="+109" />
            <source>Wordt opgeslagen in de sleutelbos. Leeg laten: niets wijzigen.</source>
            <translation>Wordt opgeslagen in de sleutelbos. Leeg laten: niets wijzigen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De sleutelbos is niet veilig: wordt alleen voor deze sessie bewaard. Leeg laten: niets wijzigen.</source>
            <translation>De sleutelbos is niet veilig: wordt alleen voor deze sessie bewaard. Leeg laten: niets wijzigen.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_general.py" line="+37" />
            <source>(standaard)</source>
            <translation>(standaard)</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_dialog.py" line="+5" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sleutel</source>
            <translation>Sleutel</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+122" />
            <source>opgeslagen in de sleutelbos</source>
            <translation>opgeslagen in de sleutelbos</translation>
        </message>
        <message>
            <location line="-121" />
            <source>alleen voor deze sessie bewaard</source>
            <translation>alleen voor deze sessie bewaard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>komt uit een omgevingsvariabele</source>
            <translation>komt uit een omgevingsvariabele</translation>
        </message>
        <message>
            <location line="+1" />
            <source>staat in de configuratie (oefenserver)</source>
            <translation>staat in de configuratie (oefenserver)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nog niet ingesteld</source>
            <translation>nog niet ingesteld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>wordt nagekeken</source>
            <translation>wordt nagekeken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{thing}: {words}.</source>
            <translation>{thing}: {words}.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>wordt bewaard</source>
            <translation>wordt bewaard</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sleutel: {0}.</source>
            <translation>Sleutel: {0}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sleutel: alleen voor deze sessie bewaard.</source>
            <translation>Sleutel: alleen voor deze sessie bewaard.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_sources.py" line="+205" />
            <source>(zonder naam)</source>
            <translation>(zonder naam)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nieuwe bron {number}</source>
            <translation>Nieuwe bron {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nieuwe bron toegevoegd. Vul de naam in.</source>
            <translation>Nieuwe bron toegevoegd. Vul de naam in.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Bron {0} verwijderd.</source>
            <translation>Bron {0} verwijderd.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_tests.py" line="-25" />
            <source>Vul eerst het adres in.</source>
            <translation>Vul eerst het adres in.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Bezig met testen…</source>
            <translation>Bezig met testen…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>LET OP</source>
            <translation>LET OP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FOUT</source>
            <translation>FOUT</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{status}: {api} – {message}</source>
            <translation>{status}: {api} – {message}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Verbinding in orde.</source>
            <translation>Verbinding in orde.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} van {1} controles mislukt.</source>
            <translation>{0} van {1} controles mislukt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>FOUT: {0}</source>
            <translation>FOUT: {0}</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_general.py" line="+31" />
            <source>Certificaten (*.pem *.crt);;Alle bestanden (*)</source>
            <translation>Certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_dialog.py" line="-35" />
            <source>Niet opgeslagen: 1 fout. {0}</source>
            <translation>Niet opgeslagen: 1 fout. {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet opgeslagen: {0} fouten. Eerste: {1}</source>
            <translation>Niet opgeslagen: {0} fouten. Eerste: {1}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>alleen voor deze sessie bewaard (de sleutelbos is niet veilig)</source>
            <translation>alleen voor deze sessie bewaard (de sleutelbos is niet veilig)</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+15" />
            <source>Token: {0}.</source>
            <translation>Token: {0}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sleutel: opgeslagen in de sleutelbos.</source>
            <translation>Sleutel: opgeslagen in de sleutelbos.</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Instellingen opgeslagen.</source>
            <translation>Instellingen opgeslagen.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Sleutel {0}.</source>
            <translation>Sleutel {0}.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/settings_form.py" line="+29" />
            <source>Volledig adres: {0}</source>
            <translation>Volledig adres: {0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPresenter</name>
        <message>
            <location filename="../kcc_desk/presenters/settings_presenter.py" line="+183" />
            <source>Er is al een bron met deze naam.</source>
            <translation>Er is al een bron met deze naam.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Vul eerst het adres van Klantinteracties in.</source>
            <translation>Vul eerst het adres van Klantinteracties in.</translation>
        </message>
        <message>
            <location line="+181" />
            <source>De verbindingstest liep onverwacht mis. Probeer het opnieuw.</source>
            <translation>De verbindingstest liep onverwacht mis. Probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../kcc_desk/views/shortcuts_dialog.py" line="+23" />
            <location line="+8" />
            <source>Sneltoetsen</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Alles in kcc-desk werkt met het toetsenbord. Dit zijn de sneltoetsen.</source>
            <translation>Alles in kcc-desk werkt met het toetsenbord. Dit zijn de sneltoetsen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Toetsen</source>
            <translation>Toetsen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wat</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Uitleg</source>
            <translation>Uitleg</translation>
        </message>
    </context>
    <context>
        <name>SortChoice</name>
        <message>
            <location filename="../kcc_desk/views/review/sort_choice.py" line="+26" />
            <source>So&amp;rteren op</source>
            <translation>So&amp;rteren op</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sorteren op</source>
            <translation>Sorteren op</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Af&amp;lopend</source>
            <translation>Af&amp;lopend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aflopend</source>
            <translation>Aflopend</translation>
        </message>
    </context>
    <context>
        <name>SourceError</name>
        <message>
            <location filename="../kcc_desk/services/catalog_cache.py" line="+102" />
            <source>ongeldig antwoord (catalogus)</source>
            <translation>ongeldig antwoord (catalogus)</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/errors.py" line="+37" />
            <source>fout</source>
            <translation>fout</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source}: {reason}</source>
            <translation>{source}: {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>niet bereikbaar</source>
            <translation>niet bereikbaar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>reageert niet op tijd</source>
            <translation>reageert niet op tijd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ongeldig antwoord</source>
            <translation>ongeldig antwoord</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ongeldig antwoord (te groot)</source>
            <translation>ongeldig antwoord (te groot)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>niet aangemeld (401)</source>
            <translation>niet aangemeld (401)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>geen toegang (403)</source>
            <translation>geen toegang (403)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>niet gevonden (404)</source>
            <translation>niet gevonden (404)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>verzoek geweigerd (400)</source>
            <translation>verzoek geweigerd (400)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tijdelijk niet beschikbaar ({status})</source>
            <translation>tijdelijk niet beschikbaar ({status})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>storing bij de bron ({status})</source>
            <translation>storing bij de bron ({status})</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../kcc_desk/services/zgw_client.py" line="+154" />
            <location line="+16" />
            <source>onverwacht antwoord ({status})</source>
            <translation>onverwacht antwoord ({status})</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/lookup.py" line="+157" />
            <source>geen sleutel ingesteld</source>
            <translation>geen sleutel ingesteld</translation>
        </message>
        <message>
            <location line="+6" />
            <source>onverwachte fout</source>
            <translation>onverwachte fout</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/pagination.py" line="+47" />
            <location line="+22" />
            <source>te veel resultaten</source>
            <translation>te veel resultaten</translation>
        </message>
        <message>
            <location line="-7" />
            <source>ongeldig antwoord (paginering loopt rond)</source>
            <translation>ongeldig antwoord (paginering loopt rond)</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+6" />
            <location line="+9" />
            <source>ongeldig antwoord (lijst)</source>
            <translation>ongeldig antwoord (lijst)</translation>
        </message>
        <message>
            <location line="-4" />
            <source>ongeldig antwoord (geen lijst)</source>
            <translation>ongeldig antwoord (geen lijst)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>ongeldig antwoord (volgende pagina elders)</source>
            <translation>ongeldig antwoord (volgende pagina elders)</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/parsing.py" line="+25" />
            <source>ongeldig antwoord ({what})</source>
            <translation>ongeldig antwoord ({what})</translation>
        </message>
        <message>
            <location line="+15" />
            <source>ongeldig antwoord ({key} ontbreekt)</source>
            <translation>ongeldig antwoord ({key} ontbreekt)</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/problems.py" line="+21" />
            <source>ongeldig antwoord (geen JSON)</source>
            <translation>ongeldig antwoord (geen JSON)</translation>
        </message>
        <message>
            <location filename="../kcc_desk/services/zgw_client.py" line="-60" />
            <source>ongeldig antwoord (verwijzing naar onbekende server)</source>
            <translation>ongeldig antwoord (verwijzing naar onbekende server)</translation>
        </message>
        <message>
            <location line="+89" />
            <source>ongeldig antwoord (doorverwijzing naar andere server)</source>
            <translation>ongeldig antwoord (doorverwijzing naar andere server)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ongeldig antwoord (te veel doorverwijzingen)</source>
            <translation>ongeldig antwoord (te veel doorverwijzingen)</translation>
        </message>
        <message>
            <location line="+65" />
            <source>ongeldig antwoord (ongeldige URL)</source>
            <translation>ongeldig antwoord (ongeldige URL)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>niet bereikbaar (certificaat niet vertrouwd)</source>
            <translation>niet bereikbaar (certificaat niet vertrouwd)</translation>
        </message>
    </context>
    <context>
        <name>SourcesBar</name>
        <message>
            <location filename="../kcc_desk/views/sources_bar.py" line="+23" />
            <source>Bronnen</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bronnen:</source>
            <translation>Bronnen:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name}: klaar om te zoeken</source>
            <translation>{name}: klaar om te zoeken</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+6" />
            <source>{name}: bezig met zoeken…</source>
            <translation>{name}: bezig met zoeken…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Geen enkele bron gaf antwoord. Probeer het over een paar minuten opnieuw.</source>
            <translation>Geen enkele bron gaf antwoord. Probeer het over een paar minuten opnieuw.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Resultaten onvolledig: {sources} gaf geen antwoord. Er kunnen meer zaken zijn dan u hier ziet.</source>
            <translation>
                <numerusform>Resultaten onvolledig: {sources} gaf geen antwoord. Er kunnen meer zaken zijn dan u hier ziet.</numerusform>
                <numerusform>Resultaten onvolledig: {sources} gaven geen antwoord. Er kunnen meer zaken zijn dan u hier ziet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>{name}: %n zaken</source>
            <translation>
                <numerusform>{name}: %n zaak</numerusform>
                <numerusform>{name}: %n zaken</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}: niet bereikbaar — resultaten onvolledig</source>
            <translation>{name}: niet bereikbaar — resultaten onvolledig</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Onbekende fout</source>
            <translation>Onbekende fout</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Druk op Enter om de reden te horen.</source>
            <translation>Druk op Enter om de reden te horen.</translation>
        </message>
    </context>
    <context>
        <name>StatusCard</name>
        <message>
            <location filename="../kcc_desk/views/status_card.py" line="+48" />
            <source>Stand van zaken</source>
            <translation>Stand van zaken</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Kopieer tekst</source>
            <translation>Kopieer tekst</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zet de tekst die de inwoner ziet op het klembord.</source>
            <translation>Zet de tekst die de inwoner ziet op het klembord.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/case_card.py" line="+75" />
            <location line="+3" />
            <location line="+3" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Nog geen status</source>
            <translation>Nog geen status</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{status}, sinds {date}</source>
            <translation>{status}, sinds {date}</translation>
        </message>
        <message>
            <location line="+83" />
            <location line="+1" />
            <source>Resultaat</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>nog geen resultaat</source>
            <translation>nog geen resultaat</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+16" />
            <source>Behandelaar</source>
            <translation>Behandelaar</translation>
        </message>
        <message>
            <location line="-16" />
            <source>bezig met laden…</source>
            <translation>bezig met laden…</translation>
        </message>
        <message>
            <location filename="../kcc_desk/views/status_card.py" line="+128" />
            <source>Tekst gekopieerd.</source>
            <translation>Tekst gekopieerd.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/case_card.py" line="-61" />
            <source>Stap {n} van {total}: {name}</source>
            <translation>Stap {n} van {total}: {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sinds {date}</source>
            <translation>sinds {date}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>bij deze stap hoort geen tekst voor de inwoner</source>
            <translation>bij deze stap hoort geen tekst voor de inwoner</translation>
        </message>
        <message>
            <location line="-1" />
            <source>De inwoner ziet</source>
            <translation>De inwoner ziet</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Afgerond op</source>
            <translation>Afgerond op</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>Wettelijke termijn</source>
            <translation>Wettelijke termijn</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Verwacht klaar op</source>
            <translation>Verwacht klaar op</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+39" />
            <source>onbekend</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Te laat. {details}</source>
            <translation>Te laat. {details}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{people} · afdeling: {department}</source>
            <translation>{people} · afdeling: {department}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Let op, {level}: noem aan de telefoon alleen de stap, geen inhoud of namen.</source>
            <translation>Let op, {level}: noem aan de telefoon alleen de stap, geen inhoud of namen.</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../kcc_desk/theme/registry.py" line="+141" />
            <source>Onbekende huisstijl: {name}</source>
            <translation>Onbekende huisstijl: {name}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Onbekende huisstijl: {name}. Kies uit: {choices}, of geef het pad naar een bestand met design tokens.</source>
            <translation>Onbekende huisstijl: {name}. Kies uit: {choices}, of geef het pad naar een bestand met design tokens.</translation>
        </message>
        <message>
            <location filename="../kcc_desk/theme/tokens.py" line="+139" />
            <source>Het bestand met huisstijl-instellingen bestaat niet: {path}</source>
            <translation>Het bestand met huisstijl-instellingen bestaat niet: {path}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Het bestand met huisstijl-instellingen kan niet worden gelezen: {path}</source>
            <translation>Het bestand met huisstijl-instellingen kan niet worden gelezen: {path}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Het bestand met huisstijl-instellingen is geen tekstbestand: {path}</source>
            <translation>Het bestand met huisstijl-instellingen is geen tekstbestand: {path}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Het bestand met huisstijl-instellingen is geen geldige JSON (regel {line}): {path}</source>
            <translation>Het bestand met huisstijl-instellingen is geen geldige JSON (regel {line}): {path}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Het bestand met huisstijl-instellingen heeft een onbekende opbouw: {path}</source>
            <translation>Het bestand met huisstijl-instellingen heeft een onbekende opbouw: {path}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>In deze map staat geen bestand met huisstijl-instellingen: {path}</source>
            <translation>In deze map staat geen bestand met huisstijl-instellingen: {path}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Het bestand bevat geen huisstijl-instellingen: {path}</source>
            <translation>Het bestand bevat geen huisstijl-instellingen: {path}</translation>
        </message>
    </context>
    <context>
        <name>TimelineDelegate</name>
        <message numerus="yes">
            <location filename="../kcc_desk/views/timeline_delegate.py" line="+80" />
            <source>%n tussenstap(pen)</source>
            <translation>
                <numerusform>%n tussenstap</numerusform>
                <numerusform>%n tussenstappen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../kcc_desk/presenters/timeline_model.py" line="+199" />
            <source>Afgerond op {date}</source>
            <translation>Afgerond op {date}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Afgerond</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Huidige stap sinds {date}</source>
            <translation>Huidige stap sinds {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Huidige stap</source>
            <translation>Huidige stap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nog niet bereikt</source>
            <translation>Nog niet bereikt</translation>
        </message>
        <message>
            <location line="+8" />
            <source>intern</source>
            <translation>intern</translation>
        </message>
        <message>
            <location line="+5" />
            <source>nu, sinds {date}</source>
            <translation>nu, sinds {date}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>nu</source>
            <translation>nu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>afgerond</source>
            <translation>afgerond</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Intern: de inwoner ziet dit niet</source>
            <translation>Intern: de inwoner ziet dit niet</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Stap {n} van {total}: {name}, {state}</source>
            <translation>Stap {n} van {total}: {name}, {state}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bij stap {n}: {name}</source>
            <translation>Bij stap {n}: {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>intern, de inwoner ziet dit niet</source>
            <translation>intern, de inwoner ziet dit niet</translation>
        </message>
        <message>
            <location line="+9" />
            <source>De inwoner ziet: {text}</source>
            <translation>De inwoner ziet: {text}</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../kcc_desk/views/timeline.py" line="+84" />
            <source>Voortgang van de zaak</source>
            <translation>Voortgang van de zaak</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Zaak afgerond op {date}</source>
            <translation>Zaak afgerond op {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verwacht klaar op {date} ({relative})</source>
            <translation>Verwacht klaar op {date} ({relative})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Verwacht klaar op: onbekend</source>
            <translation>Verwacht klaar op: onbekend</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Spatie toont of verbergt de tussenstappen.</source>
            <translation>Spatie toont of verbergt de tussenstappen.</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Van deze zaak zijn geen stappen bekend.</source>
            <translation>Van deze zaak zijn geen stappen bekend.</translation>
        </message>
    </context>
    <context>
        <name>TrainingSettings</name>
        <message>
            <location filename="../kcc_desk/presenters/settings_training.py" line="+63" />
            <source>In de oefenomgeving liggen de bronnen en Klantinteracties vast: ze horen bij de oefenserver. U kunt ze hier bekijken, niet wijzigen.</source>
            <translation>In de oefenomgeving liggen de bronnen en Klantinteracties vast: ze horen bij de oefenserver. U kunt ze hier bekijken, niet wijzigen.</translation>
        </message>
    </context>
    <context>
        <name>WatchPane</name>
        <message>
            <location filename="../kcc_desk/views/watch_pane.py" line="+72" />
            <source>Gevolgd ({count})</source>
            <translation>Gevolgd ({count})</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gevolgd</source>
            <translation>Gevolgd</translation>
        </message>
        <message>
            <location line="+9" />
            <source>U volgt nog geen zaken. Kies een zaak en druk op Ctrl+D.</source>
            <translation>U volgt nog geen zaken. Kies een zaak en druk op Ctrl+D.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>U volgt %n zaken. Druk op Enter om een zaak te openen.</source>
            <translation>
                <numerusform>U volgt %n zaak. Druk op Enter om een zaak te openen.</numerusform>
                <numerusform>U volgt %n zaken. Druk op Enter om een zaak te openen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WatchPresenter</name>
        <message>
            <location filename="../kcc_desk/presenters/watch.py" line="+113" />
            <source>Kies eerst een zaak in de lijst.</source>
            <translation>Kies eerst een zaak in de lijst.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>U volgt zaak {number} niet meer.</source>
            <translation>U volgt zaak {number} niet meer.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>U volgt zaak {number}. U krijgt een melding als er iets verandert.</source>
            <translation>U volgt zaak {number}. U krijgt een melding als er iets verandert.</translation>
        </message>
    </context>
    <context>
        <name>WatchText</name>
        <message>
            <location filename="../kcc_desk/presenters/watch_model.py" line="+75" />
            <source>Nieuw: {title}</source>
            <translation>Nieuw: {title}</translation>
        </message>
        <message>
            <location filename="../kcc_desk/presenters/watch_text.py" line="+24" />
            <source>Nieuwe status: {label}</source>
            <translation>Nieuwe status: {label}</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <location line="+4" />
            <source>onbekend</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Nieuwe tussenstap: {label}</source>
            <translation>Nieuwe tussenstap: {label}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nieuw document: {label}</source>
            <translation>Nieuw document: {label}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>zonder titel</source>
            <translation>zonder titel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resultaat: {label}</source>
            <translation>Resultaat: {label}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zaak afgerond</source>
            <translation>Zaak afgerond</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nieuwe tussenstap</source>
            <translation>Nieuwe tussenstap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nieuw document</source>
            <translation>Nieuw document</translation>
        </message>
        <message>
            <location line="+10" />
            <source>zojuist</source>
            <translation>zojuist</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minuten geleden</source>
            <translation>
                <numerusform>%n minuut geleden</numerusform>
                <numerusform>%n minuten geleden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n uur geleden</source>
            <translation>
                <numerusform>%n uur geleden</numerusform>
                <numerusform>%n uur geleden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dagen geleden</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Bezig met laden…</source>
            <translation>Bezig met laden…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nog geen status</source>
            <translation>nog geen status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Afgerond. Laatste stap: {step}</source>
            <translation>Afgerond. Laatste stap: {step}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stap: {step}</source>
            <translation>Stap: {step}</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%n wijzigingen</source>
            <translation>
                <numerusform>%n wijziging</numerusform>
                <numerusform>%n wijzigingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n wijzigingen in gevolgde zaken</source>
            <translation>
                <numerusform>%n wijziging in gevolgde zaken</numerusform>
                <numerusform>%n wijzigingen in gevolgde zaken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>en nog %n</source>
            <translation>
                <numerusform>en nog %n</numerusform>
                <numerusform>en nog %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowModes</name>
        <message>
            <location filename="../kcc_desk/views/window_modes.py" line="+41" />
            <source>Scherm vergrendeld. Druk op Enter om verder te werken.</source>
            <translation>Scherm vergrendeld. Druk op Enter om verder te werken.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Open eerst een zaak. Dan kunt u de inwonerweergave tonen.</source>
            <translation>Open eerst een zaak. Dan kunt u de inwonerweergave tonen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Inwonerweergave. Druk op Ctrl+I om terug te gaan.</source>
            <translation>Inwonerweergave. Druk op Ctrl+I om terug te gaan.</translation>
        </message>
    </context>
    <context>
        <name>WorkspacePresenter</name>
        <message>
            <location filename="../kcc_desk/presenters/workspace.py" line="+52" />
            <source>Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Meld het de beheerder.</source>
            <translation>Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Meld het de beheerder.</translation>
        </message>
        <message>
            <location line="+94" />
            <source>Zoeken op naam, adres, telefoon of e-mail is hier niet beschikbaar.</source>
            <translation>Zoeken op naam, adres, telefoon of e-mail is hier niet beschikbaar.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Geen zaken gevonden.</source>
            <translation>Geen zaken gevonden.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n zaken gevonden.</source>
            <translation>
                <numerusform>%n zaak gevonden.</numerusform>
                <numerusform>%n zaken gevonden.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Niet bereikbaar: {sources}. De lijst is misschien onvolledig.</source>
            <translation>Niet bereikbaar: {sources}. De lijst is misschien onvolledig.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>U mag dit document niet openen.</source>
            <translation>U mag dit document niet openen.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Het document is opgeslagen, maar kon niet worden geopend: er is geen programma dat dit soort bestand opent. Het bestand staat in {path}</source>
            <translation>Het document is opgeslagen, maar kon niet worden geopend: er is geen programma dat dit soort bestand opent. Het bestand staat in {path}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Nieuwe beller. Alle gegevens van de vorige beller zijn gewist.</source>
            <translation>Nieuwe beller. Alle gegevens van de vorige beller zijn gewist.</translation>
        </message>
    </context>
</TS>
