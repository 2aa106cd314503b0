### Nerede oturuyorsunuz: ağ, yer ve ağların dışında dürüst bir cevap.

place-pick-town = 📍 { $postcode } posta kodu birkaç yerde kullanılıyor. Nerede oturuyorsunuz?
place-town-option = 📍 { $town }
place-pick-network = 📍 Nerede oturuyorsunuz? Size yakınınızdaki hizmetleri göstereyim.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ Başka bir yerde
place-outside =
    📍 Maalesef oturduğunuz yerde yerel bir hizmet bilmiyorum.
    Başka şehirlerdeki hizmetleri göstermiyorum – oralara gidemezsiniz.
    Almanya'nın her yerinde geçerli olanlar yine burada: yardımlar, haklar, başvurular.
place-nationwide =
    📞 Almanya'nın her yerinde, ücretsiz:
    • { -familienkasse }: 0800 4 5555 30 (Pzt–Cum 8–18)
    • { -hilfetelefon }: 116 016 – gece gündüz
    • { -elterntelefon }: 0800 111 0 550

    🔎 { -jobcenter }: arbeitsagentur.de sitesinde posta kodunuzla bulabilirsiniz.
    🔎 { -jugendamt }: Her şehirde ve her ilçede (Landkreis) bir tane var. Belediyeye sorun.

main-opt-here = 📍 Oturduğum yerde yardım

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    Wuppertal'da:
    • { -elterngeld }: Belediyenin Elterngeld dairesi (Elterngeldkasse).
    • { -wohngeld }: Belediyenin { -wohngeldstelle } birimi.
    • { -kita } yeri: Belediyenin çocuk bakımı portalında (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    Hagen'de:
    • { -elterngeld }: Dortmund'daki Versorgungsamt. Hagen için de o yetkili.
    • { -wohngeld }: Hagen Belediye Binası'ndaki { -wohngeldstelle }.
    • { -kita } yeri: Belediyenin Kita portalında (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    Lichtenberg'de:
    • { -elterngeld }: Lichtenberg { -jugendamt }.
    • { -wohngeld }: İlçenin konut dairesi (Wohnungsamt). Randevu 115 numarasından.
    • { -kita-gutschein }: { -jugendamt } verir; başvuruyu bir { -buergeramt } biriminde yaparsınız.
    • Familienbüro başvurularda yardım eder.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    Cloppenburg ilçesinde (Landkreis):
    • { -elterngeld }: Cloppenburg'daki Kreishaus'ta { -elterngeldstelle }.
    • { -wohngeld }: Şehrinizin veya beldenizin (Gemeinde) belediyesi.
    • { -kita } yeri: Beldenizden, internette “Little Bird” üzerinden.
