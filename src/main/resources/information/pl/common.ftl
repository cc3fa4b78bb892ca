<#-- Wspólne sformułowania polskich klauzul. Każde ${...} pochodzi z profilu administratora i musi być wypełnione. -->
<#-- Bezosobowo: stopka trafia do listów pisanych formą „Pani/Pan”, klauzula czatu i formularza do każdego. -->
<#macro contact>Kontakt w sprawach ochrony danych: ${controller.dataProtectionContact}<#if controller.dpoName??> (inspektor ochrony danych: ${controller.dpoName})</#if>.</#macro>
<#-- Prawo do przenoszenia i sprzeciwu istnieją tylko przy niektórych podstawach (art. 20 ust. 1, art. 21 ust. 1). -->
<#macro rights>Osobie, której dane dotyczą, przysługuje prawo dostępu do danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, a w przypadkach przewidzianych w RODO także prawo do przenoszenia danych i prawo sprzeciwu, jak również prawo wniesienia skargi do organu nadzorczego – ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Więcej informacji zawiera polityka prywatności: ${controller.privacyPolicyUrl}</#macro>
<#-- Jedna podstawa rozpatrywania żądań osób, których dane dotyczą, w każdym kanale (zgłoszenie 18). -->
<#macro requestBasis>art. 6 ust. 1 lit. c RODO w związku z art. 12–22 RODO</#macro>
