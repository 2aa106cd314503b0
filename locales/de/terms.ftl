# Begriffe: die deutschen Namen von Ämtern, Leistungen und Programmen – an einer Stelle.
# Jede Sprache hat diese Datei mit denselben IDs: der deutsche Name, wie ihn ein Elternteil am
# Schalter sagt und auf Schildern findet, dazu die Erklärung in dieser Sprache (für ar, fa, uk,
# ru auch in der eigenen Schrift, wie man ihn ausspricht).
# Texte schreiben diese Namen nie aus, sondern setzen den Begriff ein: { -jobcenter }.
# Die Langform erklärt eine Abkürzung beim ersten Vorkommen auf einem Bildschirm:
# { -bca(form: "long") }. Ohne `form` gilt die Kurzform.

## Ämter und Stellen

-jobcenter = Jobcenter
-jugendamt = Jugendamt
-unterhaltsvorschussstelle = Unterhaltsvorschussstelle
-familienkasse = Familienkasse
-wohngeldstelle = Wohngeldstelle
-elterngeldstelle = Elterngeldstelle
-standesamt = Standesamt
-amtsgericht = Amtsgericht
-sozialamt = Sozialamt
-finanzamt = Finanzamt
-krankenkasse = Krankenkasse
-agentur-fuer-arbeit = Agentur für Arbeit
-auslaenderbehoerde = Ausländerbehörde
-buergeramt = Bürgeramt
-bamf = { $form ->
   *[short] BAMF
    [long] Bundesamt für Migration und Flüchtlinge (BAMF)
}
-vhs = { $form ->
   *[short] VHS
    [long] Volkshochschule (VHS)
}
-bca = { $form ->
   *[short] BCA
    [long] Beauftragte für Chancengleichheit am Arbeitsmarkt (BCA)
}
-mbe = { $form ->
   *[short] MBE
    [long] Migrationsberatung für Erwachsene (MBE)
}
-jmd = { $form ->
   *[short] JMD
    [long] Jugendmigrationsdienst (JMD)
}
-iq-netzwerk = IQ Netzwerk
-anerkennungs-finder = Anerkennungs-Finder
-hilfetelefon = Hilfetelefon Gewalt gegen Frauen
-elterntelefon = Elterntelefon

## Leistungen

-kindergeld = Kindergeld
-kinderzuschlag = { $form ->
   *[short] Kinderzuschlag
    [long] Kinderzuschlag (KiZ)
}
-unterhaltsvorschuss = Unterhaltsvorschuss
-buergergeld = Bürgergeld
-sozialhilfe = Sozialhilfe
-neue-grundsicherung = Neue Grundsicherung
-grundsicherungsgeld = Grundsicherungsgeld
-mehrbedarf = Mehrbedarf für Alleinerziehende
-wohngeld = Wohngeld
-elterngeld = Elterngeld
-elterngeld-plus = ElterngeldPlus
-bildung-und-teilhabe = { $form ->
   *[short] Bildung und Teilhabe
    [long] Bildung und Teilhabe (BuT)
}
-asylbewerberleistungen = { $form ->
   *[short] Asylbewerberleistungen
    [long] Asylbewerberleistungen (AsylbLG)
}
-beratungshilfe = Beratungshilfe
-beistandschaft = Beistandschaft
-haushaltshilfe = Haushaltshilfe
-kinderkrankengeld = Kinderkrankengeld
-steuerklasse-2 = Steuerklasse II
-entlastungsbetrag = Entlastungsbetrag
-einstiegsgeld = Einstiegsgeld
-mutterschutz = Mutterschutz
-mutterschaftsgeld = Mutterschaftsgeld
-elternzeit = Elternzeit

## Kinderbetreuung, Schule, Arbeit

-kita = Kita
-kita-gutschein = Kita-Gutschein
-kindertagespflege = Kindertagespflege
-tagesmutter = Tagesmutter
-hort = Hort
-ganztag = Ganztag
-ogs = { $form ->
   *[short] OGS
    [long] Offene Ganztagsschule (OGS)
}
-integrationskurs = Integrationskurs
-berufssprachkurs = Berufssprachkurs
-bildungsgutschein = Bildungsgutschein
-avgs = { $form ->
   *[short] AVGS
    [long] Aktivierungs- und Vermittlungsgutschein (AVGS)
}
-teilzeitausbildung = Teilzeitausbildung
-umschulung = Umschulung

## Mobilität, Orte, Aufenthalt, Papiere

-deutschlandticket = Deutschlandticket
-deutschlandticket-sozial = Deutschlandticket Sozial
-sozialticket = Sozialticket
-vrr = { $form ->
   *[short] VRR
    [long] Verkehrsverbund Rhein-Ruhr (VRR)
}
-nrw = { $form ->
   *[short] NRW
    [long] Nordrhein-Westfalen (NRW)
}
-duldung = Duldung
-aufenthaltstitel = Aufenthaltstitel
-steuer-id = Steuer-ID
-bescheid = Bescheid

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = Vaterschaftsanerkennung
-sorgeerklaerung = Sorgeerklärung
-negativbescheinigung = Negativbescheinigung
-geburtsurkunde = Geburtsurkunde
-familienversicherung = Familienversicherung
-bas = { $form ->
   *[short] Bundesamt für Soziale Sicherung
    [long] Bundesamt für Soziale Sicherung (BAS)
}
-entgeltfortzahlung = Entgeltfortzahlung
-krankengeld = Krankengeld
-sozialdienst = Sozialdienst im Krankenhaus
-versorgungsamt-dortmund = Gemeinsames Versorgungsamt Dortmund
