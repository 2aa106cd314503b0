# Aile: doğum ve ilk aylar, hastalık veya hastane, hasta çocuk.

fam-title = Bebek ve hastalık
fam-start =
    👶 Bebek mi, hastalık mı: konu ne?
fam-opt-baby = 👶 Bebek geliyor / doğdu
fam-opt-ill = 🏥 Hastayım / hastaneye gidiyorum
fam-opt-child-ill = 🤒 Çocuğum hasta
fam-ask-postcode =
    📮 Posta kodunuz? Size yakın daireleri söyleyeyim.

## Doğum

birth-when = 👶 Bebeğiniz ne zaman doğacak ya da doğdu? Süreler doğum ayından sayılır.
birth-opt-expected = 🤰 Yakında
birth-opt-this-month = Bu ay doğdu
birth-opt-last-month = Geçen ay doğdu
birth-opt-2-3 = 2–3 ay önce
birth-opt-earlier = 3 aydan önce
birth-job = 💼 Doğumdan önce bir işte (sigortalı) çalışıyor muydunuz?
birth-opt-job-yes = Evet, çalışıyordum
birth-opt-job-no = Hayır
birth-insured = 🩺 Sağlık sigortanız nasıl?
birth-opt-member = Krankenkasse üyesiyim
birth-opt-other-insured = Özel veya aile sigortası
birth-parents = 👨‍👩‍👧 Bebeğin babasıyla evli misiniz?
birth-opt-unmarried = Evli değiliz
birth-opt-no-father = Baba belli değil / istemiyor
birth-opt-married = Evliyiz (ayrı da olsa)
birth-opt-kita = 🧸 Kita yeri: ne zaman, nasıl

birth-result =
    👶 Doğum için ne yapmalı – ve nerede:
    ⏰ Doğumu { $birth_register_days } gün içinde bildirin. { -unterhaltsvorschuss } için doğum ayında, { -elterngeld } için ilk { $elterngeld_backpay_months } ayda başvurun.

birth-benefit-register = Doğumu bildirmek
birth-benefit-insurance = Bebeğin sağlık sigortası
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } ve { -elternzeit }
birth-benefit-paternity = Babalık ve velayet
birth-benefit-kita = { -elterngeld } sonrası { -kita } yeri

fam-office-standesamt = doğum yerindeki { -standesamt }
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } veya { -bas }
fam-office-employer = işvereniniz
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } veya şehrin { -kita } portalı
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = hastane
fam-office-employer-kk = işvereniniz, sonra { -krankenkasse }

birth-reg-reason = { $birth_register_days } gün içinde, doğum yerindeki { -standesamt(form: "long") }. Doğumu çoğunlukla hastane bildirir. { -geburtsurkunde(form: "long") } için { $birth_certificates_free } ücretsiz nüsha alırsınız: { -elterngeld }, { -kindergeld } ve { -mutterschaftsgeld } için.
birth-ins-reason = Bebeğiniz sizin üzerinizden ücretsiz sigortalı: { -familienversicherung(form: "long") }. Doğumdan hemen sonra { -krankenkasse } kurumuna bildirin.
birth-ins-reason-other = Çocuk ücretsiz olarak yalnızca yasal bir { -krankenkasse } üyesi ebeveyn üzerinden sigortalanır. Bebeğin nasıl sigortalanacağını doğumdan önce sorun.
birth-mg-reason-nojob = { -mutterschaftsgeld } çalışan anneler içindir. Emin değil misiniz? { -krankenkasse } kurumunuza sorun.
birth-mg-reason-member = { -krankenkasse } günde { $mutterschaftsgeld_day } kadar öder. İşveren, son 3 ayın net maaşınıza kadar tamamlar. { -mutterschutz(form: "long") }: doğumdan { $mutterschutz_before_weeks } hafta önce ve { $mutterschutz_after_weeks } hafta sonra. { -elterngeld } parasından tamamen düşülür.
birth-mg-reason-other = { -bas(form: "long") } bir kez { $mutterschaftsgeld_bas } kadar öder. İşveren yine tamamlar. { -elterngeld } parasından düşülmez.
birth-ez-reason = { -mutterschutz(form: "long") }: doğumdan { $mutterschutz_before_weeks } hafta önce (isterseniz çalışabilirsiniz), { $mutterschutz_after_weeks } hafta sonra (erken veya çoğul doğumda { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: { $elternzeit_years } yıla kadar. Başlamadan { $elternzeit_notice_weeks } hafta önce yazılı isteyin. { -mutterschutz } biter bitmez başlayacaksa süre doğumdan kısa süre sonra dolar. Başvurudan itibaren işten çıkarılamazsınız.
birth-eg-reason = İlk { $elterngeld_backpay_months } ayda başvurun: başvurudan önceki süre için en fazla { $elterngeld_backpay_months } ay ödenir. Ayda en az { $elterngeld_min }. Tek başınıza { $elterngeld_months } ayın hepsini alabilirsiniz.
birth-eg-reason-hagen = Hagen için { -versorgungsamt-dortmund } öder. İlk { $elterngeld_backpay_months } ayda başvurun: başvurudan önceki süre için en fazla { $elterngeld_backpay_months } ay ödenir. Tek başınıza { $elterngeld_months } ayın hepsini alabilirsiniz.
birth-eg-reason-late = Hemen başvurun! Başvurudan önceki süre için en fazla { $elterngeld_backpay_months } ay ödenir. Daha eski aylar kaybolur.
birth-kg-reason = Bebeğiniz için ayda { $kindergeld }. { -geburtsurkunde(form: "long") } ile başvurun.
birth-pat-reason-married = Yalnızca evli olmayan ebeveynler için.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } ve { -sorgeerklaerung(form: "long") }: { -jugendamt(form: "long") } dairesinde ücretsiz (noterde ücretli). Doğumdan önce de olur. Sizin onayınız gerekir. { -sorgeerklaerung } olmadan velayet yalnız sizdedir.
birth-pat-reason-none = { -vaterschaftsanerkennung } ve { -sorgeerklaerung } olmadan velayet yalnız sizdedir. Belgeyi { -jugendamt(form: "long") } verir: { -negativbescheinigung(form: "long") }.
birth-uvg-reason = Doğum ayından itibaren ayda { $uvg_0_5 }. Doğum ayında başvurun: geriye dönük yalnızca başvurudan önceki { $uvg_backpay_months } ay ödenir. Babayı bulmaya elinizden geldiğince yardım etmelisiniz.
birth-uvg-reason-maybe = Baba nafaka ödemiyor veya az ödüyorsa: doğum ayından itibaren ayda { $uvg_0_5 }. Doğum ayında başvurun: geriye dönük yalnızca { $uvg_backpay_months } ay.
birth-kita-reason = { -elterngeld } en fazla { $elterngeld_months } ay sürer. Çocuğunuzun { $kita_right_age } yaşından itibaren yer hakkı var. Erken kaydettirin ki { -kita }, { -elterngeld } bitince başlasın. Sizde nasıl olduğu: aşağıda 🧸.

birth-todo-register = { -standesamt }: doğumu { $birth_register_days } gün içinde bildirin (çoğu zaman hastane yapar) – ücretsiz { -geburtsurkunde(form: "long") } nüshalarını alın.
birth-todo-insurance = { -krankenkasse }: doğumdan hemen sonra bebeği { -familienversicherung(form: "long") } kapsamına aldırın – { -geburtsurkunde } götürün.
birth-todo-insurance-other = Kendiniz yasal bir { -krankenkasse } üyesi değilseniz: bebeğin nasıl sigortalanacağını doğumdan önce sorun.
birth-todo-mg-member = { -krankenkasse }: { -mutterschaftsgeld } için başvurun – işvereniniz tamamlamayı öder.
birth-todo-mg-other = { -bas }: { -mutterschaftsgeld } için başvurun (bir kez, { $mutterschaftsgeld_bas } kadar) – işvereniniz tamamlamayı öder.
birth-todo-elternzeit = İşveren: { -elternzeit(form: "long") } için yazılı başvurun – başlamadan { $elternzeit_notice_weeks } hafta önce.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (Hagen için): ilk { $elterngeld_backpay_months } ayda { -elterngeld } için başvurun – { -geburtsurkunde }, maaş bordroları.
birth-todo-kindergeld = { -familienkasse }: bebeğiniz için { -kindergeld } başvurusu yapın – { -geburtsurkunde } götürün.
birth-todo-paternity = { -jugendamt }: { -vaterschaftsanerkennung } ve { -sorgeerklaerung } için randevu alın – ücretsiz, doğumdan önce de olur.
birth-todo-sole-custody = { -jugendamt }: { -negativbescheinigung(form: "long") } alın.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): doğum ayında { -unterhaltsvorschuss } için başvurun – { -geburtsurkunde }, baba hakkında bilgiler.
birth-todo-uvg-maybe = Baba nafaka ödemiyor veya az ödüyorsa: doğum ayında { -jugendamt } dairesinde { -unterhaltsvorschuss } için başvurun.

## Hastalık veya hastane

ill-kind = 🏥 Durumunuz ne?
ill-opt-planned = Planlı hastane veya rehabilitasyon
ill-opt-sudden = Aniden ağır hasta
ill-child = 🧒 Yanınızda { $haushaltshilfe_age } yaşından küçük ya da engelli bir çocuk yaşıyor mu?
ill-other = 👥 Evinizde çocuklara ve eve bakabilecek biri var mı?
ill-opt-nobody = Hayır, kimse yok
ill-opt-somebody = Evet
ill-job = 💼 Bir işte çalışıyor musunuz?

ill-result =
    🏥 Hastayken size kim yardım eder:
    ⏰ { -haushaltshilfe } için hastaneye yatmadan önce başvurun.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = Çocukların bakımı
ill-benefit-social = { -sozialdienst(form: "long") }
ill-benefit-pay = Maaş ve { -krankengeld }

ill-hh-reason-age = Yalnızca evde { $haushaltshilfe_age } yaşından küçük ya da engelli bir çocuk varsa.
ill-hh-reason-other = Yalnızca evinizde yerinize bakabilecek kimse yoksa.
ill-hh-reason-planned = Yatıştan önce, doktor belgesiyle başvurun. Günde { $hh_copay } % katkı payı ödersiniz ({ $hh_copay_min } – { $hh_copay_max }). Bir komşu veya arkadaş da yardım edip ücret alabilir: saatte { $hh_helper_hour }, günde en fazla { $hh_helper_day } ({ $hh_helper_hour_from } itibarıyla; 2026 tutarı henüz doğrulanmadı). Büyükanne, büyükbaba ve kardeşler yalnızca yol gibi masrafları alır.
ill-hh-reason-sudden = Hastane olmadan da, ağır hastaysanız: { $hh_home_weeks } haftaya kadar, { $haushaltshilfe_age } yaşından küçük çocukla { $hh_home_weeks_child } haftaya kadar. Hemen, doktor belgesiyle başvurun. Bir komşuya veya arkadaşa saatte { $hh_helper_hour } ödenebilir ({ $hh_helper_hour_from } itibarıyla; 2026 doğrulanmadı).
ill-care-reason = { -krankenkasse } yardım ödemezse veya az öderse: { -jugendamt(form: "long") } evde bakım sağlayabilir.
ill-social-reason = Neredeyse her hastanede var. Evde yardımı düzenler, başvurularda yardım eder. Yatmadan önce arayın.
ill-social-reason-maybe = Hastaneye yatmanız gerekirse: hemen { -sozialdienst } birimini sorun. Evde yardım ve başvurularda destek olur.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: işvereniniz { $sick_pay_weeks } hafta öder. Sonra { -krankenkasse } { -krankengeld(form: "long") } öder: brütün { $krankengeld_gross } %'si, netin en fazla { $krankengeld_net } %'si, { $krankengeld_years } yılda { $krankengeld_weeks } haftaya kadar.

ill-todo-hh-planned = { -krankenkasse }: yatıştan önce { -haushaltshilfe } için başvurun – doktor belgesi; bir komşu veya arkadaş yardım edecekse adı.
ill-todo-social = Hastane: yatmadan önce { -sozialdienst(form: "long") } birimini arayın – evde yardımı ve başvuruları konuşun.
ill-todo-social-maybe = Hastaneye yatmanız gerekirse: hemen { -sozialdienst(form: "long") } birimini sorun.
ill-todo-pay = İşveren: hastalık raporunu verin. { $sick_pay_weeks } hafta sonra { -krankenkasse } { -krankengeld } öder.

## Hasta çocuk

kid-age = 🤒 Hasta çocuğunuz kaç yaşında?
kid-opt-under-12 = { $kkg_age } yaşından küçük
kid-opt-hospital = { $kkg_hospital_age } yaşından küçük, hastanede
kid-opt-from-12 = { $kkg_age } veya büyük

kid-result =
    🤒 Çocuğunuz hasta olduğu için çalışamıyorsanız:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = Yalnızca { $kkg_age } yaşından küçük çocuklar için.
kid-kkg-reason-job = Maaşın yerine geçer: yalnızca bir işte çalışıyorsanız.
kid-kkg-reason = Yalnız ebeveynler: çocuk başına yılda { $kkg_days_single } iş günü, tüm çocuklar için en fazla { $kkg_days_single_max } ({ $kkg_days_single_from } itibarıyla). Kaybedilen netin { $kkg_rate } %'si. Siz ve çocuğunuz yasal sigortalı olmalısınız; çocuk doktorundan belge.
kid-kkg-reason-hospital = { $kkg_hospital_age } yaşından küçük çocuğunuzla hastanede kalıyorsanız: sınır yok ve { $kkg_days_single } gününüzden sayılmaz. Kaybedilen netin { $kkg_rate } %'si.

kid-todo-kkg-hospital = { -krankenkasse }: hastanedeki süre için { -kinderkrankengeld } başvurusu yapın – doktor belgesini götürün.
