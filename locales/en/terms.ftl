# Terms: the German names of offices, benefits and programmes, in one place.
# Same ids as locales/de/terms.ftl. A parent must say these names at the counter and find them
# on signs and letters, so the German name stays; the gloss in brackets is the one English
# explanation used everywhere. Short form (default): the German name alone, for a second
# mention on the same screen. Long form: name plus gloss, for the first mention on a screen:
# { -jugendamt(form: "long") }.

## Offices and services

-jobcenter = { $form ->
   *[short] Jobcenter
    [long] Jobcenter (job centre)
}
-jugendamt = { $form ->
   *[short] Jugendamt
    [long] Jugendamt (youth welfare office)
}
-unterhaltsvorschussstelle = { $form ->
   *[short] Unterhaltsvorschussstelle
    [long] Unterhaltsvorschussstelle (maintenance advance office)
}
-familienkasse = { $form ->
   *[short] Familienkasse
    [long] Familienkasse (family benefits office)
}
-wohngeldstelle = { $form ->
   *[short] Wohngeldstelle
    [long] Wohngeldstelle (housing benefit office)
}
-elterngeldstelle = { $form ->
   *[short] Elterngeldstelle
    [long] Elterngeldstelle (parental allowance office)
}
-standesamt = { $form ->
   *[short] Standesamt
    [long] Standesamt (registry office)
}
-amtsgericht = { $form ->
   *[short] Amtsgericht
    [long] Amtsgericht (local court)
}
-sozialamt = { $form ->
   *[short] Sozialamt
    [long] Sozialamt (social welfare office)
}
-finanzamt = { $form ->
   *[short] Finanzamt
    [long] Finanzamt (tax office)
}
-krankenkasse = { $form ->
   *[short] Krankenkasse
    [long] Krankenkasse (health insurer)
}
-agentur-fuer-arbeit = { $form ->
   *[short] Agentur für Arbeit
    [long] Agentur für Arbeit (employment agency)
}
-auslaenderbehoerde = { $form ->
   *[short] Ausländerbehörde
    [long] Ausländerbehörde (immigration office)
}
-buergeramt = { $form ->
   *[short] Bürgeramt
    [long] Bürgeramt (citizens' office)
}
-bamf = { $form ->
   *[short] BAMF
    [long] BAMF (Federal Office for Migration and Refugees)
}
-vhs = { $form ->
   *[short] VHS
    [long] VHS (Volkshochschule, adult education centre)
}
-bca = { $form ->
   *[short] BCA
    [long] BCA (equal opportunities officer)
}
-mbe = { $form ->
   *[short] MBE
    [long] MBE (Migrationsberatung, migration advice for adults)
}
-jmd = { $form ->
   *[short] JMD
    [long] JMD (Jugendmigrationsdienst, migration advice for young people)
}
-iq-netzwerk = { $form ->
   *[short] IQ Netzwerk
    [long] IQ Netzwerk (advice on recognition)
}
-anerkennungs-finder = { $form ->
   *[short] Anerkennungs-Finder
    [long] Anerkennungs-Finder (recognition finder)
}
-hilfetelefon = { $form ->
   *[short] Hilfetelefon Gewalt gegen Frauen
    [long] Hilfetelefon Gewalt gegen Frauen (helpline for women facing violence)
}
-elterntelefon = { $form ->
   *[short] Elterntelefon
    [long] Elterntelefon (helpline for parents)
}

## Benefits

-kindergeld = { $form ->
   *[short] Kindergeld
    [long] Kindergeld (child benefit)
}
-kinderzuschlag = { $form ->
   *[short] Kinderzuschlag
    [long] Kinderzuschlag (KiZ, child supplement)
}
-unterhaltsvorschuss = { $form ->
   *[short] Unterhaltsvorschuss
    [long] Unterhaltsvorschuss (maintenance advance)
}
-buergergeld = { $form ->
   *[short] Bürgergeld
    [long] Bürgergeld (basic income support)
}
-neue-grundsicherung = { $form ->
   *[short] Neue Grundsicherung
    [long] Neue Grundsicherung (new basic income support)
}
-grundsicherungsgeld = { $form ->
   *[short] Grundsicherungsgeld
    [long] Grundsicherungsgeld (basic income support)
}
-sozialhilfe = { $form ->
   *[short] Sozialhilfe
    [long] Sozialhilfe (social assistance)
}
-mehrbedarf = { $form ->
   *[short] Mehrbedarf für Alleinerziehende
    [long] Mehrbedarf für Alleinerziehende (extra for single parents)
}
-wohngeld = { $form ->
   *[short] Wohngeld
    [long] Wohngeld (housing benefit)
}
-elterngeld = { $form ->
   *[short] Elterngeld
    [long] Elterngeld (parental allowance)
}
-elterngeld-plus = { $form ->
   *[short] ElterngeldPlus
    [long] ElterngeldPlus (smaller monthly amount, paid for longer)
}
-bildung-und-teilhabe = { $form ->
   *[short] Bildung und Teilhabe
    [long] Bildung und Teilhabe (BuT, school and club costs)
}
-asylbewerberleistungen = { $form ->
   *[short] Asylbewerberleistungen
    [long] Asylbewerberleistungen (AsylbLG, benefits for asylum seekers)
}
-beratungshilfe = { $form ->
   *[short] Beratungshilfe
    [long] Beratungshilfe (legal advice aid)
}
-beistandschaft = { $form ->
   *[short] Beistandschaft
    [long] Beistandschaft (help with child maintenance)
}
-haushaltshilfe = { $form ->
   *[short] Haushaltshilfe
    [long] Haushaltshilfe (home help)
}
-kinderkrankengeld = { $form ->
   *[short] Kinderkrankengeld
    [long] Kinderkrankengeld (sick child pay)
}
-steuerklasse-2 = { $form ->
   *[short] Steuerklasse II
    [long] Steuerklasse II (tax class 2)
}
-entlastungsbetrag = { $form ->
   *[short] Entlastungsbetrag
    [long] Entlastungsbetrag (single parents' tax allowance)
}
-einstiegsgeld = { $form ->
   *[short] Einstiegsgeld
    [long] Einstiegsgeld (start-up pay for a new job)
}
-mutterschutz = { $form ->
   *[short] Mutterschutz
    [long] Mutterschutz (maternity protection)
}
-mutterschaftsgeld = { $form ->
   *[short] Mutterschaftsgeld
    [long] Mutterschaftsgeld (maternity pay)
}
-elternzeit = { $form ->
   *[short] Elternzeit
    [long] Elternzeit (parental leave)
}

## Childcare, school, work

-kita = { $form ->
   *[short] Kita
    [long] Kita (day care centre)
}
-kita-gutschein = { $form ->
   *[short] Kita-Gutschein
    [long] Kita-Gutschein (day care voucher)
}
-kindertagespflege = { $form ->
   *[short] Kindertagespflege
    [long] Kindertagespflege (childminder)
}
-tagesmutter = { $form ->
   *[short] Tagesmutter
    [long] Tagesmutter (childminder)
}
-hort = { $form ->
   *[short] Hort
    [long] Hort (after-school care)
}
-ganztag = { $form ->
   *[short] Ganztag
    [long] Ganztag (all-day school care)
}
-ogs = { $form ->
   *[short] OGS
    [long] OGS (Offene Ganztagsschule, all-day school care)
}
-integrationskurs = { $form ->
   *[short] Integrationskurs
    [long] Integrationskurs (integration course)
}
-berufssprachkurs = { $form ->
   *[short] Berufssprachkurs
    [long] Berufssprachkurs (German course for work)
}
-bildungsgutschein = { $form ->
   *[short] Bildungsgutschein
    [long] Bildungsgutschein (training voucher)
}
-avgs = { $form ->
   *[short] AVGS
    [long] AVGS (voucher for coaching and job placement)
}
-teilzeitausbildung = { $form ->
   *[short] Teilzeitausbildung
    [long] Teilzeitausbildung (part-time apprenticeship)
}
-umschulung = { $form ->
   *[short] Umschulung
    [long] Umschulung (retraining)
}

## Transport, places, residence, papers

-deutschlandticket = Deutschlandticket
-deutschlandticket-sozial = { $form ->
   *[short] Deutschlandticket Sozial
    [long] Deutschlandticket Sozial (cheaper ticket for low incomes)
}
-sozialticket = { $form ->
   *[short] Sozialticket
    [long] Sozialticket (cheaper ticket for low incomes)
}
-vrr = { $form ->
   *[short] VRR
    [long] VRR (the Rhine-Ruhr transport network)
}
-nrw = { $form ->
   *[short] NRW
    [long] NRW (North Rhine-Westphalia)
}
-duldung = { $form ->
   *[short] Duldung
    [long] Duldung (tolerated stay)
}
-aufenthaltstitel = { $form ->
   *[short] Aufenthaltstitel
    [long] Aufenthaltstitel (residence permit)
}
-steuer-id = { $form ->
   *[short] Steuer-ID
    [long] Steuer-ID (tax ID)
}
-bescheid = { $form ->
   *[short] Bescheid
    [long] Bescheid (decision letter)
}

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = { $form ->
   *[short] Vaterschaftsanerkennung
    [long] Vaterschaftsanerkennung (acknowledgement of paternity)
}
-sorgeerklaerung = { $form ->
   *[short] Sorgeerklärung
    [long] Sorgeerklärung (declaration of joint custody)
}
-negativbescheinigung = { $form ->
   *[short] Negativbescheinigung
    [long] Negativbescheinigung (proof of sole custody)
}
-geburtsurkunde = { $form ->
   *[short] Geburtsurkunde
    [long] Geburtsurkunde (birth certificate)
}
-familienversicherung = { $form ->
   *[short] Familienversicherung
    [long] Familienversicherung (free family health insurance)
}
-bas = { $form ->
   *[short] Bundesamt für Soziale Sicherung
    [long] Bundesamt für Soziale Sicherung (BAS, Federal Social Security Office)
}
-entgeltfortzahlung = { $form ->
   *[short] Entgeltfortzahlung
    [long] Entgeltfortzahlung (sick pay from your employer)
}
-krankengeld = { $form ->
   *[short] Krankengeld
    [long] Krankengeld (sickness benefit)
}
-sozialdienst = { $form ->
   *[short] Sozialdienst
    [long] Sozialdienst (the hospital's social service)
}
-versorgungsamt-dortmund = Gemeinsames Versorgungsamt Dortmund
