# Termeni: numele germane ale oficiilor, ajutoarelor și programelor – într-un singur loc.
# Aceleași ID-uri ca în locales/de/terms.ftl. Părintele spune aceste nume la ghișeu și le
# găsește pe plăcuțe și în scrisori, de aceea numele german rămâne; explicația din paranteză
# este aceeași peste tot în limba română. Forma scurtă (implicită): doar numele german.
# Forma lungă: nume și explicație, prima dată pe un ecran: { -jugendamt(form: "long") }.


## Oficii și servicii

-jobcenter = { $form ->
   *[short] Jobcenter
    [long] Jobcenter (oficiul pentru muncă și ajutor social)
}
-jugendamt = { $form ->
   *[short] Jugendamt
    [long] Jugendamt (oficiul pentru copii și tineret)
}
-unterhaltsvorschussstelle = { $form ->
   *[short] Unterhaltsvorschussstelle
    [long] Unterhaltsvorschussstelle (biroul pentru avansul la pensia alimentară)
}
-familienkasse = { $form ->
   *[short] Familienkasse
    [long] Familienkasse (casa de alocații familiale)
}
-wohngeldstelle = { $form ->
   *[short] Wohngeldstelle
    [long] Wohngeldstelle (biroul pentru ajutorul de chirie)
}
-elterngeldstelle = { $form ->
   *[short] Elterngeldstelle
    [long] Elterngeldstelle (biroul pentru indemnizația de creștere a copilului)
}
-standesamt = { $form ->
   *[short] Standesamt
    [long] Standesamt (oficiul de stare civilă)
}
-amtsgericht = { $form ->
   *[short] Amtsgericht
    [long] Amtsgericht (judecătoria)
}
-sozialamt = { $form ->
   *[short] Sozialamt
    [long] Sozialamt (oficiul de asistență socială)
}
-finanzamt = { $form ->
   *[short] Finanzamt
    [long] Finanzamt (administrația financiară)
}
-krankenkasse = { $form ->
   *[short] Krankenkasse
    [long] Krankenkasse (casa de asigurări de sănătate)
}
-agentur-fuer-arbeit = { $form ->
   *[short] Agentur für Arbeit
    [long] Agentur für Arbeit (agenția de muncă)
}
-auslaenderbehoerde = { $form ->
   *[short] Ausländerbehörde
    [long] Ausländerbehörde (biroul pentru străini)
}
-buergeramt = { $form ->
   *[short] Bürgeramt
    [long] Bürgeramt (biroul de evidență a populației)
}
-bamf = { $form ->
   *[short] BAMF
    [long] Bundesamt für Migration und Flüchtlinge (BAMF; Oficiul Federal pentru Migrație și Refugiați)
}
-vhs = { $form ->
   *[short] VHS
    [long] Volkshochschule (VHS; cursuri pentru adulți)
}
-bca = { $form ->
   *[short] BCA
    [long] BCA (responsabila pentru egalitatea de șanse)
}
-mbe = { $form ->
   *[short] MBE
    [long] MBE (consiliere pentru migranți adulți)
}
-jmd = { $form ->
   *[short] JMD
    [long] JMD (consiliere pentru tineri migranți)
}
-iq-netzwerk = { $form ->
   *[short] IQ Netzwerk
    [long] IQ Netzwerk (consiliere pentru recunoașterea diplomelor)
}
-anerkennungs-finder = { $form ->
   *[short] Anerkennungs-Finder
    [long] Anerkennungs-Finder (căutare online: cine recunoaște diploma)
}
-hilfetelefon = { $form ->
   *[short] Hilfetelefon Gewalt gegen Frauen
    [long] Hilfetelefon Gewalt gegen Frauen (linia de ajutor pentru femeile victime ale violenței)
}
-elterntelefon = { $form ->
   *[short] Elterntelefon
    [long] Elterntelefon (linia de ajutor pentru părinți)
}

## Ajutoare

-kindergeld = { $form ->
   *[short] Kindergeld
    [long] Kindergeld (alocația pentru copii)
}
-kinderzuschlag = { $form ->
   *[short] Kinderzuschlag
    [long] Kinderzuschlag (KiZ; supliment pentru copii)
}
-unterhaltsvorschuss = { $form ->
   *[short] Unterhaltsvorschuss
    [long] Unterhaltsvorschuss (avans pentru pensia alimentară)
}
-buergergeld = { $form ->
   *[short] Bürgergeld
    [long] Bürgergeld (ajutor social de bază)
}
-neue-grundsicherung = { $form ->
   *[short] Neue Grundsicherung
    [long] Neue Grundsicherung (reforma ajutorului social de bază)
}
-grundsicherungsgeld = { $form ->
   *[short] Grundsicherungsgeld
    [long] Grundsicherungsgeld (noul ajutor social de bază)
}
-sozialhilfe = { $form ->
   *[short] Sozialhilfe
    [long] Sozialhilfe (ajutor social)
}
-mehrbedarf = { $form ->
   *[short] Mehrbedarf für Alleinerziehende
    [long] Mehrbedarf für Alleinerziehende (bani în plus pentru părinți singuri)
}
-wohngeld = { $form ->
   *[short] Wohngeld
    [long] Wohngeld (ajutor pentru chirie)
}
-elterngeld = { $form ->
   *[short] Elterngeld
    [long] Elterngeld (indemnizație pentru creșterea copilului)
}
-elterngeld-plus = { $form ->
   *[short] ElterngeldPlus
    [long] ElterngeldPlus (sumă lunară mai mică, plătită mai mult timp)
}
-bildung-und-teilhabe = { $form ->
   *[short] Bildung und Teilhabe
    [long] Bildung und Teilhabe (BuT; bani pentru școală și activități)
}
-asylbewerberleistungen = { $form ->
   *[short] Asylbewerberleistungen
    [long] Asylbewerberleistungen (AsylbLG; prestații pentru solicitanții de azil)
}
-beratungshilfe = { $form ->
   *[short] Beratungshilfe
    [long] Beratungshilfe (ajutor pentru consultanță juridică)
}
-beistandschaft = { $form ->
   *[short] Beistandschaft
    [long] Beistandschaft (ajutor pentru pensia alimentară)
}
-haushaltshilfe = { $form ->
   *[short] Haushaltshilfe
    [long] Haushaltshilfe (ajutor în gospodărie)
}
-kinderkrankengeld = { $form ->
   *[short] Kinderkrankengeld
    [long] Kinderkrankengeld (indemnizație pentru copil bolnav)
}
-steuerklasse-2 = { $form ->
   *[short] Steuerklasse II
    [long] Steuerklasse II (clasa de impozitare II)
}
-entlastungsbetrag = { $form ->
   *[short] Entlastungsbetrag
    [long] Entlastungsbetrag (sumă scutită de impozit)
}
-einstiegsgeld = { $form ->
   *[short] Einstiegsgeld
    [long] Einstiegsgeld (bani la începerea unui loc de muncă)
}
-mutterschutz = { $form ->
   *[short] Mutterschutz
    [long] Mutterschutz (protecția maternității)
}
-mutterschaftsgeld = { $form ->
   *[short] Mutterschaftsgeld
    [long] Mutterschaftsgeld (indemnizație de maternitate)
}
-elternzeit = { $form ->
   *[short] Elternzeit
    [long] Elternzeit (concediu pentru creșterea copilului)
}

## Îngrijirea copiilor, școală, muncă

-kita = { $form ->
   *[short] Kita
    [long] Kita (creșă și grădiniță)
}
-kita-gutschein = { $form ->
   *[short] Kita-Gutschein
    [long] Kita-Gutschein (bon pentru un loc la creșă sau grădiniță)
}
-kindertagespflege = { $form ->
   *[short] Kindertagespflege
    [long] Kindertagespflege (bonă de zi)
}
-tagesmutter = { $form ->
   *[short] Tagesmutter
    [long] Tagesmutter (bonă de zi)
}
-hort = { $form ->
   *[short] Hort
    [long] Hort (program după școală)
}
-ganztag = { $form ->
   *[short] Ganztag
    [long] Ganztag (program prelungit la școală)
}
-ogs = { $form ->
   *[short] OGS
    [long] OGS (Offene Ganztagsschule; program prelungit la școala primară)
}
-integrationskurs = { $form ->
   *[short] Integrationskurs
    [long] Integrationskurs (curs de integrare)
}
-berufssprachkurs = { $form ->
   *[short] Berufssprachkurs
    [long] Berufssprachkurs (curs de germană pentru meserie)
}
-bildungsgutschein = { $form ->
   *[short] Bildungsgutschein
    [long] Bildungsgutschein (bon pentru formare)
}
-avgs = { $form ->
   *[short] AVGS
    [long] AVGS (bon pentru coaching)
}
-teilzeitausbildung = { $form ->
   *[short] Teilzeitausbildung
    [long] Teilzeitausbildung (formare profesională cu timp parțial)
}
-umschulung = { $form ->
   *[short] Umschulung
    [long] Umschulung (recalificare)
}

## Transport, locuri, ședere, acte

-deutschlandticket = { $form ->
   *[short] Deutschlandticket
    [long] Deutschlandticket (abonament pentru toată Germania)
}
-deutschlandticket-sozial = { $form ->
   *[short] Deutschlandticket Sozial
    [long] Deutschlandticket Sozial (abonament mai ieftin pentru toată Germania)
}
-sozialticket = { $form ->
   *[short] Sozialticket
    [long] Sozialticket (bilet social)
}
-vrr = { $form ->
   *[short] VRR
    [long] VRR (Verkehrsverbund Rhein-Ruhr; transportul public din regiune)
}
-nrw = { $form ->
   *[short] NRW
    [long] NRW (Renania de Nord-Westfalia)
}
-duldung = { $form ->
   *[short] Duldung
    [long] Duldung (tolerare temporară)
}
-aufenthaltstitel = { $form ->
   *[short] Aufenthaltstitel
    [long] Aufenthaltstitel (permis de ședere)
}
-steuer-id = { $form ->
   *[short] Steuer-ID
    [long] Steuer-ID (codul fiscal)
}
-bescheid = { $form ->
   *[short] Bescheid
    [long] Bescheid (decizia oficiului)
}

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = { $form ->
   *[short] Vaterschaftsanerkennung
    [long] Vaterschaftsanerkennung (recunoașterea paternității)
}
-sorgeerklaerung = { $form ->
   *[short] Sorgeerklärung
    [long] Sorgeerklärung (declarație de autoritate părintească comună)
}
-negativbescheinigung = { $form ->
   *[short] Negativbescheinigung
    [long] Negativbescheinigung (dovada că aveți singură autoritatea părintească)
}
-geburtsurkunde = { $form ->
   *[short] Geburtsurkunde
    [long] Geburtsurkunde (certificat de naștere)
}
-familienversicherung = { $form ->
   *[short] Familienversicherung
    [long] Familienversicherung (asigurare de familie gratuită)
}
-bas = { $form ->
   *[short] Bundesamt für Soziale Sicherung
    [long] Bundesamt für Soziale Sicherung (BAS, Oficiul Federal de Securitate Socială)
}
-entgeltfortzahlung = { $form ->
   *[short] Entgeltfortzahlung
    [long] Entgeltfortzahlung (salariul plătit de angajator în caz de boală)
}
-krankengeld = { $form ->
   *[short] Krankengeld
    [long] Krankengeld (indemnizație de boală)
}
-sozialdienst = { $form ->
   *[short] Sozialdienst
    [long] Sozialdienst (serviciul social al spitalului)
}
-versorgungsamt-dortmund = Gemeinsames Versorgungsamt Dortmund
