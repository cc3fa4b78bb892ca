<#-- Wspólne sformułowania polskich klauzul. Każde ${...} pochodzi z profilu administratora i musi być wypełnione. -->
<#macro contact>Kontakt w sprawach ochrony danych: ${controller.dataProtectionContact}<#if controller.dpoName??> (inspektor ochrony danych: ${controller.dpoName})</#if>.</#macro>
<#macro rights>Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych i prawo sprzeciwu, a także prawo wniesienia skargi do organu nadzorczego – ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Więcej informacji znajdziesz w polityce prywatności: ${controller.privacyPolicyUrl}</#macro>
