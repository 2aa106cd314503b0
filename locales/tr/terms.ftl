# Terimler: dairelerin, yardımların ve programların Almanca adları – tek bir yerde.
# Kimlikler locales/de/terms.ftl ile aynı. Ebeveyn bu adı danışmada söyler, tabelada ve
# mektupta görür; bu yüzden Almanca ad kalır. Parantez içindeki açıklama Türkçede her yerde
# aynıdır. Kısa biçim (varsayılan): sadece Almanca ad – ekler kesme işaretiyle: { -jobcenter }'a.
# Uzun biçim: ad ve açıklama, bir ekranda ilk geçtiği yerde: { -jugendamt(form: "long") }.


## Daireler ve kurumlar

-jobcenter = { $form ->
   *[short] Jobcenter
    [long] Jobcenter (iş ve sosyal yardım merkezi)
}
-jugendamt = { $form ->
   *[short] Jugendamt
    [long] Jugendamt (Gençlik Dairesi)
}
-unterhaltsvorschussstelle = { $form ->
   *[short] Unterhaltsvorschussstelle
    [long] Unterhaltsvorschussstelle (nafaka avansı birimi)
}
-familienkasse = { $form ->
   *[short] Familienkasse
    [long] Familienkasse (aile yardımları kurumu)
}
-wohngeldstelle = { $form ->
   *[short] Wohngeldstelle
    [long] Wohngeldstelle (kira yardımı dairesi)
}
-elterngeldstelle = { $form ->
   *[short] Elterngeldstelle
    [long] Elterngeldstelle (ebeveyn parası dairesi)
}
-standesamt = { $form ->
   *[short] Standesamt
    [long] Standesamt (nüfus dairesi)
}
-amtsgericht = { $form ->
   *[short] Amtsgericht
    [long] Amtsgericht (sulh mahkemesi)
}
-sozialamt = { $form ->
   *[short] Sozialamt
    [long] Sozialamt (sosyal yardım dairesi)
}
-finanzamt = { $form ->
   *[short] Finanzamt
    [long] Finanzamt (vergi dairesi)
}
-krankenkasse = { $form ->
   *[short] Krankenkasse
    [long] Krankenkasse (sağlık sigortası)
}
-agentur-fuer-arbeit = { $form ->
   *[short] Agentur für Arbeit
    [long] Agentur für Arbeit (iş ajansı)
}
-auslaenderbehoerde = { $form ->
   *[short] Ausländerbehörde
    [long] Ausländerbehörde (yabancılar dairesi)
}
-buergeramt = { $form ->
   *[short] Bürgeramt
    [long] Bürgeramt (vatandaşlık hizmetleri bürosu)
}
-bamf = { $form ->
   *[short] BAMF
    [long] Bundesamt für Migration und Flüchtlinge (BAMF; Federal Göç ve Mülteciler Dairesi)
}
-vhs = { $form ->
   *[short] VHS
    [long] Volkshochschule (VHS; halk eğitim merkezi)
}
-bca = { $form ->
   *[short] BCA
    [long] BCA (fırsat eşitliği görevlisi)
}
-mbe = { $form ->
   *[short] MBE
    [long] MBE (yetişkinler için göçmen danışmanlığı)
}
-jmd = { $form ->
   *[short] JMD
    [long] JMD (gençler için göçmen danışmanlığı)
}
-iq-netzwerk = { $form ->
   *[short] IQ Netzwerk
    [long] IQ Netzwerk (denklik danışmanlığı)
}
-anerkennungs-finder = { $form ->
   *[short] Anerkennungs-Finder
    [long] Anerkennungs-Finder (denklik bulucu)
}
-hilfetelefon = { $form ->
   *[short] Hilfetelefon Gewalt gegen Frauen
    [long] Hilfetelefon Gewalt gegen Frauen (kadına şiddet yardım hattı)
}
-elterntelefon = { $form ->
   *[short] Elterntelefon
    [long] Elterntelefon (ebeveyn yardım hattı)
}

## Yardımlar

-kindergeld = { $form ->
   *[short] Kindergeld
    [long] Kindergeld (çocuk parası)
}
-kinderzuschlag = { $form ->
   *[short] Kinderzuschlag
    [long] Kinderzuschlag (KiZ; çocuk ek ödeneği)
}
-unterhaltsvorschuss = { $form ->
   *[short] Unterhaltsvorschuss
    [long] Unterhaltsvorschuss (nafaka avansı)
}
-buergergeld = { $form ->
   *[short] Bürgergeld
    [long] Bürgergeld (temel gelir desteği)
}
-neue-grundsicherung = { $form ->
   *[short] Neue Grundsicherung
    [long] Neue Grundsicherung (yeni temel gelir desteği)
}
-grundsicherungsgeld = { $form ->
   *[short] Grundsicherungsgeld
    [long] Grundsicherungsgeld (yeni temel gelir desteği parası)
}
-sozialhilfe = { $form ->
   *[short] Sozialhilfe
    [long] Sozialhilfe (sosyal yardım)
}
-mehrbedarf = { $form ->
   *[short] Mehrbedarf für Alleinerziehende
    [long] Mehrbedarf für Alleinerziehende (tek ebeveyn ek ödemesi)
}
-wohngeld = { $form ->
   *[short] Wohngeld
    [long] Wohngeld (kira yardımı)
}
-elterngeld = { $form ->
   *[short] Elterngeld
    [long] Elterngeld (ebeveyn parası)
}
-elterngeld-plus = { $form ->
   *[short] ElterngeldPlus
    [long] ElterngeldPlus (daha az ama daha uzun ebeveyn parası)
}
-bildung-und-teilhabe = { $form ->
   *[short] Bildung und Teilhabe
    [long] Bildung und Teilhabe (BuT; eğitim ve katılım yardımı)
}
-asylbewerberleistungen = { $form ->
   *[short] Asylbewerberleistungen
    [long] Asylbewerberleistungen (AsylbLG; sığınmacı yardımları)
}
-beratungshilfe = { $form ->
   *[short] Beratungshilfe
    [long] Beratungshilfe (hukuki danışma yardımı)
}
-beistandschaft = { $form ->
   *[short] Beistandschaft
    [long] Beistandschaft (nafakada resmî destek)
}
-haushaltshilfe = { $form ->
   *[short] Haushaltshilfe
    [long] Haushaltshilfe (ev yardımı)
}
-kinderkrankengeld = { $form ->
   *[short] Kinderkrankengeld
    [long] Kinderkrankengeld (hasta çocuk parası)
}
-steuerklasse-2 = { $form ->
   *[short] Steuerklasse II
    [long] Steuerklasse II (vergi sınıfı 2)
}
-entlastungsbetrag = { $form ->
   *[short] Entlastungsbetrag
    [long] Entlastungsbetrag (tek ebeveynlere vergisiz tutar)
}
-einstiegsgeld = { $form ->
   *[short] Einstiegsgeld
    [long] Einstiegsgeld (işe başlama parası)
}
-mutterschutz = { $form ->
   *[short] Mutterschutz
    [long] Mutterschutz (annelik koruması)
}
-mutterschaftsgeld = { $form ->
   *[short] Mutterschaftsgeld
    [long] Mutterschaftsgeld (annelik parası)
}
-elternzeit = { $form ->
   *[short] Elternzeit
    [long] Elternzeit (ebeveyn izni)
}

## Çocuk bakımı, okul, iş

-kita = { $form ->
   *[short] Kita
    [long] Kita (çocuk yuvası)
}
-kita-gutschein = { $form ->
   *[short] Kita-Gutschein
    [long] Kita-Gutschein (çocuk yuvası çeki)
}
-kindertagespflege = { $form ->
   *[short] Kindertagespflege
    [long] Kindertagespflege (gündüz bakıcısı)
}
-tagesmutter = { $form ->
   *[short] Tagesmutter
    [long] Tagesmutter (gündüz bakıcısı)
}
-hort = { $form ->
   *[short] Hort
    [long] Hort (okul sonrası bakım)
}
-ganztag = { $form ->
   *[short] Ganztag
    [long] Ganztag (tam gün okul)
}
-ogs = { $form ->
   *[short] OGS
    [long] OGS (Offene Ganztagsschule; tam gün ilkokul)
}
-integrationskurs = { $form ->
   *[short] Integrationskurs
    [long] Integrationskurs (uyum kursu)
}
-berufssprachkurs = { $form ->
   *[short] Berufssprachkurs
    [long] Berufssprachkurs (meslek için Almanca kursu)
}
-bildungsgutschein = { $form ->
   *[short] Bildungsgutschein
    [long] Bildungsgutschein (eğitim çeki)
}
-avgs = { $form ->
   *[short] AVGS
    [long] AVGS (koçluk çeki)
}
-teilzeitausbildung = { $form ->
   *[short] Teilzeitausbildung
    [long] Teilzeitausbildung (yarı zamanlı meslek eğitimi)
}
-umschulung = { $form ->
   *[short] Umschulung
    [long] Umschulung (yeni bir meslek eğitimi)
}

## Ulaşım, yerler, oturum, belgeler

-deutschlandticket = { $form ->
   *[short] Deutschlandticket
    [long] Deutschlandticket (Almanya bileti)
}
-deutschlandticket-sozial = { $form ->
   *[short] Deutschlandticket Sozial
    [long] Deutschlandticket Sozial (indirimli Almanya bileti)
}
-sozialticket = { $form ->
   *[short] Sozialticket
    [long] Sozialticket (sosyal bilet)
}
-vrr = { $form ->
   *[short] VRR
    [long] VRR (Verkehrsverbund Rhein-Ruhr; bölgenin ulaşım birliği)
}
-nrw = { $form ->
   *[short] NRW
    [long] NRW (Nordrhein-Westfalen)
}
-duldung = { $form ->
   *[short] Duldung
    [long] Duldung (sınır dışı etmenin ertelenmesi)
}
-aufenthaltstitel = { $form ->
   *[short] Aufenthaltstitel
    [long] Aufenthaltstitel (oturum izni)
}
-steuer-id = { $form ->
   *[short] Steuer-ID
    [long] Steuer-ID (vergi numarası)
}
-bescheid = { $form ->
   *[short] Bescheid
    [long] Bescheid (resmî karar yazısı)
}

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = { $form ->
   *[short] Vaterschaftsanerkennung
    [long] Vaterschaftsanerkennung (babalığın tanınması)
}
-sorgeerklaerung = { $form ->
   *[short] Sorgeerklärung
    [long] Sorgeerklärung (ortak velayet beyanı)
}
-negativbescheinigung = { $form ->
   *[short] Negativbescheinigung
    [long] Negativbescheinigung (velayetin yalnız sizde olduğunun belgesi)
}
-geburtsurkunde = { $form ->
   *[short] Geburtsurkunde
    [long] Geburtsurkunde (doğum belgesi)
}
-familienversicherung = { $form ->
   *[short] Familienversicherung
    [long] Familienversicherung (ücretsiz aile sigortası)
}
-bas = { $form ->
   *[short] Bundesamt für Soziale Sicherung
    [long] Bundesamt für Soziale Sicherung (BAS, Federal Sosyal Güvenlik Dairesi)
}
-entgeltfortzahlung = { $form ->
   *[short] Entgeltfortzahlung
    [long] Entgeltfortzahlung (hastalıkta işverenin ödediği maaş)
}
-krankengeld = { $form ->
   *[short] Krankengeld
    [long] Krankengeld (hastalık parası)
}
-sozialdienst = { $form ->
   *[short] Sozialdienst
    [long] Sozialdienst (hastanenin sosyal hizmeti)
}
-versorgungsamt-dortmund = Gemeinsames Versorgungsamt Dortmund
