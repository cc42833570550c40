KYIV/NNP ,/, March/NNP 9/CD (/( Reuters/NNP )/) -/: Ukrainian/JJ President/NNP Volodymyr/NNP Zelenskiy/NNP said/VBD on/IN Sunday/NNP that/IN air/NN defences/NNS had/VBD shot/VBN down/RP most/JJS of/IN the/DT missiles/NNS fired/VBN at/IN the/DT capital/NN overnight/RB ./.
Belarusian/JJ President/NNP Alexander/NNP Lukashenko/NNP pardoned/VBD 18/CD political/JJ prisoners/NNS ahead/RB of/IN Independence/NNP Day/NNP ,/, his/PRP$ press/NN service/NN said/VBD ./.
U.S./NNP Secretary/NNP of/IN State/NNP Antony/NNP Blinken/NNP arrived/VBD in/IN Cairo/NNP on/IN Tuesday/NNP for/IN talks/NNS with/IN Egyptian/JJ officials/NNS ./.
The/DT Kremlin/NNP said/VBD President/NNP Vladimir/NNP Putin/NNP had/VBD no/DT plans/NNS to/TO speak/VB to/TO the/DT French/JJ leader/NN ./.
Hamas/NNP said/VBD it/PRP had/VBD received/VBN the/DT new/JJ proposal/NN and/CC was/VBD studying/VBG it/PRP ./.
Al-Shabaab/NNP fighters/NNS attacked/VBD a/DT military/JJ base/NN in/IN the/DT Lower/NNP Shabelle/NNP region/NN of/IN Somalia/NNP before/IN dawn/NN ./.
The/DT Islamic/NNP State/NNP claimed/VBD responsibility/NN for/IN the/DT attack/NN in/IN a/DT statement/NN on/IN its/PRP$ Amaq/NNP news/NN agency/NN ./.
Ukraine/NNP 's/POS Defence/NNP Ministry/NNP said/VBD Russia/NNP had/VBD lost/VBN more/JJR than/IN 1,000/CD soldiers/NNS in/IN a/DT single/JJ day/NN ./.
The/DT U.N./NNP Security/NNP Council/NNP will/MD vote/VB on/IN Thursday/NNP on/IN a/DT resolution/NN drafted/VBN by/IN Algeria/NNP ./.
NATO/NNP allies/NNS agreed/VBD to/TO raise/VB defence/NN spending/NN to/TO 3.5/CD percent/NN of/IN economic/JJ output/NN ./.
Russian/JJ troops/NNS crossed/VBD the/DT border/NN in/IN the/DT early/JJ hours/NNS ,/, and/CC by/IN noon/NN the/DT Russians/NNPS had/VBD reached/VBN the/DT outskirts/NNS of/IN the/DT town/NN ./.
Egyptian/JJ President/NNP Abdel/NNP Fattah/NNP el-Sisi/NNP met/VBD King/NNP Abdullah/NNP of/IN Jordan/NNP in/IN Aqaba/NNP ./.
Former/JJ President/NNP George/NNP W./NNP Bush/NNP attended/VBD the/DT funeral/NN in/IN Washington/NNP ./.
MOSCOW/NNP ,/, Oct./NNP 2/CD (/( Reuters/NNP )/) -/: Russia/NNP 's/POS Foreign/NNP Ministry/NNP summoned/VBD the/DT British/JJ ambassador/NN on/IN Wednesday/NNP to/TO protest/VB against/IN what/WP it/PRP called/VBD "/" hostile/JJ actions/NNS "/" ./.
Zelenskyy/NNP fires/VBZ commander/NN of/IN Ukraine/NNP 's/POS air/NN force/NN after/IN F-16/NNP crash/NN
Russian/JJ forces/NNS have/VBP intensified/VBN attacks/NNS around/IN Kharkov/NNP ,/, Ukraine/NNP 's/POS second-largest/JJ city/NN ,/, the/DT Ukrainian/JJ general/JJ staff/NN said/VBD ./.
The/DT Kiev/NNP government/NN rejected/VBD the/DT ultimatum/NN ./.
Saudi/NNP Crown/NNP Prince/NNP Mohammed/NNP bin/NNP Salman/NNP received/VBD the/DT U.S./NNP envoy/NN in/IN Riyadh/NNP ./.
Turkish/JJ President/NNP Recep/NNP Tayyip/NNP Erdogan/NNP said/VBD Ankara/NNP would/MD launch/VB a/DT new/JJ operation/NN against/IN Kurdish/JJ militants/NNS in/IN northern/JJ Syria/NNP ./.
The/DT Syrian/NNP Democratic/NNP Forces/NNPS ,/, a/DT Kurdish-led/JJ alliance/NN backed/VBN by/IN Washington/NNP ,/, control/VBP much/JJ of/IN the/DT northeast/NN ./.
Israeli/JJ Prime/NNP Minister/NNP Benjamin/NNP Netanyahu/NNP told/VBD the/DT Knesset/NNP that/IN the/DT war/NN would/MD continue/VB until/IN Hamas/NNP was/VBD destroyed/VBN ./.
The/DT Israel/NNP Defense/NNP Forces/NNPS said/VBD its/PRP$ jets/NNS had/VBD struck/VBN a/DT Hezbollah/NNP weapons/NNS depot/NN in/IN the/DT Bekaa/NNP Valley/NNP ./.
The/DT Palestinian/JJ Health/NNP Ministry/NNP in/IN Gaza/NNP said/VBD 27/CD people/NNS had/VBD been/VBN killed/VBN in/IN the/DT previous/JJ 24/CD hours/NNS ./.
Palestinians/NNPS in/IN the/DT occupied/VBN West/NNP Bank/NNP held/VBD a/DT general/JJ strike/NN to/TO mourn/VB the/DT dead/JJ ./.
Gen./NNP Valery/NNP Gerasimov/NNP ,/, the/DT chief/NN of/IN Russia/NNP 's/POS General/NNP Staff/NNP ,/, visited/VBD troops/NNS in/IN the/DT Zaporizhzhia/NNP region/NN ./.
Lt./NNP Col./NNP Hassan/NNP Diallo/NNP ,/, an/DT army/NN spokesman/NN ,/, said/VBD the/DT attackers/NNS had/VBD come/VBN from/IN across/IN the/DT border/NN with/IN Niger/NNP ./.
Sen./NNP Lindsey/NNP Graham/NNP ,/, a/DT South/NNP Carolina/NNP Republican/NNP ,/, said/VBD he/PRP would/MD introduce/VB a/DT sanctions/NNS bill/NN ./.
The/DT Houthis/NNPS ,/, who/WP control/VBP most/JJS of/IN northern/JJ Yemen/NNP ,/, said/VBD they/PRP had/VBD fired/VBN a/DT ballistic/JJ missile/NN at/IN a/DT merchant/NN ship/NN in/IN the/DT Red/NNP Sea/NNP ./.
Houthi/NNP leader/NN Abdul-Malik/NNP al-Houthi/NNP vowed/VBD to/TO continue/VB the/DT attacks/NNS ./.
The/DT Rapid/NNP Support/NNP Forces/NNPS ,/, led/VBN by/IN Mohamed/NNP Hamdan/NNP Dagalo/NNP ,/, have/VBP been/VBN fighting/VBG the/DT Sudanese/JJ army/NN since/IN April/NNP 2023/CD ./.
The/DT International/NNP Atomic/NNP Energy/NNP Agency/NNP said/VBD its/PRP$ inspectors/NNS had/VBD been/VBN denied/VBN access/NN to/TO the/DT Fordow/NNP site/NN ./.
IAEA/NNP chief/NN Rafael/NNP Grossman/NNP will/MD travel/VB to/TO Tehran/NNP next/JJ week/NN ./.
The/DT International/NNP Committee/NNP of/IN the/DT Red/NNP Cross/NNP said/VBD two/CD of/IN its/PRP$ staff/NN had/VBD been/VBN killed/VBN in/IN Khan/NNP Younis/NNP ./.
The/DT Organization/NNP for/IN Security/NNP and/CC Co-operation/NNP in/IN Europe/NNP will/MD send/VB 300/CD observers/NNS to/TO monitor/VB the/DT vote/NN ./.
The/DT Economic/NNP Community/NNP of/IN West/NNP African/NNP States/NNPS threatened/VBD to/TO use/VB force/NN to/TO restore/VB the/DT ousted/VBN president/NN ./.
ECOWAS/NNP leaders/NNS will/MD meet/VB in/IN Abuja/NNP on/IN Sunday/NNP ./.
Human/NNP Rights/NNPS Watch/NNP accused/VBD the/DT militia/NN of/IN executing/VBG at/IN least/JJS 40/CD prisoners/NNS ./.
Amnesty/NNP International/NNP called/VBD for/IN the/DT immediate/JJ release/NN of/IN the/DT detained/VBN activists/NNS ./.
Medecins/NNP Sans/NNP Frontieres/NNP said/VBD its/PRP$ clinic/NN in/IN the/DT camp/NN had/VBD been/VBN looted/VBN ./.
The/DT World/NNP Health/NNP Organization/NNP declared/VBD the/DT outbreak/NN a/DT public/JJ health/NN emergency/NN of/IN international/JJ concern/NN ./.
WHO/NNP Director-General/NNP Tedros/NNP Adhanom/NNP Ghebreyesus/NNP urged/VBD countries/NNS to/TO share/VB vaccines/NNS ./.
The/DT European/NNP Commission/NNP proposed/VBD a/DT 14th/JJ package/NN of/IN sanctions/NNS against/IN Moscow/NNP ./.
European/NNP Commission/NNP President/NNP Ursula/NNP von/NNP der/NNP Leyen/NNP said/VBD the/DT bloc/NN would/MD stand/VB by/IN Ukraine/NNP ./.
The/DT EU/NNP 's/POS foreign/JJ policy/NN chief/NN ,/, Kaja/NNP Kallas/NNP ,/, said/VBD the/DT talks/NNS were/VBD "/" a/DT trap/NN "/" ./.
German/JJ Chancellor/NNP Friedrich/NNP Merz/NNP and/CC French/JJ President/NNP Emmanuel/NNP Macron/NNP travelled/VBD to/TO Kyiv/NNP by/IN train/NN ./.
British/JJ Prime/NNP Minister/NNP Keir/NNP Starmer/NNP hosted/VBD the/DT summit/NN at/IN Lancaster/NNP House/NNP ./.
The/DT Americans/NNPS and/CC the/DT Chinese/NNPS have/VBP agreed/VBN to/TO resume/VB military/JJ talks/NNS ./.
Chinese/JJ Foreign/NNP Ministry/NNP spokesman/NN Lin/NNP Jian/NNP said/VBD Beijing/NNP "/" firmly/RB opposes/VBZ "/" the/DT arms/NNS sale/NN ./.
North/NNP Korean/JJ leader/NN Kim/NNP Jong/NNP Un/NNP oversaw/VBD the/DT test/NN of/IN a/DT new/JJ solid-fuel/JJ missile/NN ,/, the/DT KCNA/NNP news/NN agency/NN reported/VBD ./.
South/NNP Korea/NNP 's/POS Joint/NNP Chiefs/NNPS of/IN Staff/NNP said/VBD the/DT missile/NN flew/VBD about/RB 1,000/CD km/NNS before/IN landing/VBG in/IN the/DT sea/NN ./.
SEOUL/NNP ,/, Jan/NNP 14/CD (/( Reuters/NNP )/) -/: North/NNP Korea/NNP fired/VBD several/JJ short-range/JJ ballistic/JJ missiles/NNS off/IN its/PRP$ east/JJ coast/NN on/IN Tuesday/NNP ,/, South/NNP Korea/NNP 's/POS military/NN said/VBD ./.
Taiwan/NNP 's/POS Defence/NNP Ministry/NNP said/VBD it/PRP had/VBD detected/VBN 32/CD Chinese/JJ military/JJ aircraft/NN around/IN the/DT island/NN ./.
Taiwanese/JJ President/NNP Lai/NNP Ching-te/NNP said/VBD the/DT island/NN would/MD not/RB be/VB intimidated/VBN ./.
Indian/JJ Prime/NNP Minister/NNP Narendra/NNP Modi/NNP and/CC Pakistani/JJ Prime/NNP Minister/NNP Shehbaz/NNP Sharif/NNP both/DT claimed/VBD victory/NN after/IN the/DT four-day/JJ conflict/NN ./.
Pakistan/NNP 's/POS army/NN chief/NN ,/, Field/NNP Marshal/NNP Asim/NNP Munir/NNP ,/, met/VBD Chinese/JJ officials/NNS in/IN Beijing/NNP ./.
ISLAMABAD/NNP ,/, May/NNP 7/CD (/( Reuters/NNP )/) -/: India/NNP struck/VBD what/WP it/PRP called/VBD militant/JJ camps/NNS in/IN Pakistan/NNP and/CC Pakistani-administered/JJ Kashmir/NNP early/RB on/IN Wednesday/NNP ./.
The/DT Pakistani/JJ Taliban/NNP ,/, known/VBN as/IN Tehrik-e-Taliban/NNP Pakistan/NNP ,/, claimed/VBD the/DT attack/NN on/IN the/DT police/NN station/NN ./.
Afghanistan/NNP 's/POS Taliban/NNP rulers/NNS denied/VBD sheltering/VBG the/DT group/NN ./.
The/DT Taliban/NNP 's/POS supreme/JJ leader/NN ,/, Hibatullah/NNP Akhundzada/NNP ,/, rarely/RB appears/VBZ in/IN public/NN ./.
Iranian/JJ Supreme/NNP Leader/NNP Ayatollah/NNP Ali/NNP Khamenei/NNP said/VBD the/DT attack/NN "/" will/MD not/RB go/VB unanswered/JJ "/" ./.
Iran/NNP 's/POS Revolutionary/NNP Guards/NNPS seized/VBD a/DT tanker/NN in/IN the/DT Gulf/NNP of/IN Oman/NNP ,/, Iranian/JJ state/NN media/NNS reported/VBD ./.
The/DT Islamic/NNP Revolutionary/NNP Guard/NNP Corps/NNP said/VBD the/DT vessel/NN had/VBD been/VBN smuggling/VBG fuel/NN ./.
Lebanese/JJ Prime/NNP Minister/NNP Nawaf/NNP Salam/NNP said/VBD the/DT state/NN must/MD have/VB a/DT monopoly/NN on/IN weapons/NNS ./.
Hezbollah/NNP leader/NN Naim/NNP Qassem/NNP said/VBD the/DT group/NN would/MD not/RB disarm/VB while/IN Israeli/JJ troops/NNS remained/VBD in/IN the/DT south/NN ./.
The/DT late/JJ Hezbollah/NNP chief/NN Hassan/NNP Nasrallah/NNP was/VBD killed/VBN in/IN an/DT Israeli/JJ air/NN strike/NN in/IN September/NNP 2024/CD ./.
Syrian/JJ President/NNP Ahmed/NNP al-Sharaa/NNP ,/, formerly/RB known/VBN as/IN Abu/NNP Mohammed/NNP al-Julani/NNP ,/, visited/VBD the/DT Gulf/NNP on/IN his/PRP$ first/JJ foreign/JJ trip/NN ./.
Hayat/NNP Tahrir/NNP al-Sham/NNP ,/, the/DT group/NN that/WDT led/VBD the/DT offensive/NN ,/, was/VBD once/RB linked/VBN to/TO al-Qaeda/NNP ./.
The/DT former/JJ president/NN ,/, Bashar/NNP al-Assad/NNP ,/, fled/VBD to/TO Moscow/NNP ./.
Qatar/NNP 's/POS Emir/NNP Sheikh/NNP Tamim/NNP bin/NNP Hamad/NNP Al/NNP Thani/NNP spoke/VBD with/IN President/NNP Trump/NNP by/IN phone/NN ./.
The/DT Emirati/JJ president/NN ,/, Sheikh/NNP Mohamed/NNP bin/NNP Zayed/NNP ,/, received/VBD the/DT Sudanese/JJ delegation/NN in/IN Abu/NNP Dhabi/NNP ./.
Sudanese/JJ army/NN chief/NN Gen./NNP Abdel/NNP Fattah/NNP al-Burhan/NNP rejected/VBD the/DT call/NN for/IN talks/NNS ./.
The/DT Sudanese/NNPS have/VBP suffered/VBN more/JJR than/IN any/DT other/JJ people/NNS in/IN the/DT region/NN ,/, the/DT UN/NNP envoy/NN said/VBD ./.
KHARTOUM/NNP ,/, June/NNP 3/CD (/( Reuters/NNP )/) -/: Heavy/JJ fighting/NN erupted/VBD in/IN Omdurman/NNP on/IN Monday/NNP as/IN the/DT army/NN tried/VBD to/TO push/VB the/DT RSF/NNP out/IN of/IN the/DT city/NN 's/POS old/JJ market/NN ./.
Ethiopian/JJ Prime/NNP Minister/NNP Abiy/NNP Ahmed/NNP accused/VBD Eritrea/NNP of/IN preparing/VBG for/IN war/NN ./.
The/DT Tigray/NNP People/NNP 's/POS Liberation/NNP Front/NNP signed/VBD the/DT peace/NN deal/NN in/IN Pretoria/NNP in/IN November/NNP 2022/CD ./.
Congolese/JJ President/NNP Felix/NNP Tshisekedi/NNP accused/VBD Rwanda/NNP of/IN backing/VBG the/DT M23/NNP rebels/NNS ./.
Rwandan/JJ President/NNP Paul/NNP Kagame/NNP denied/VBD supporting/VBG the/DT group/NN ./.
The/DT M23/NNP said/VBD it/PRP had/VBD captured/VBN Bukavu/NNP ,/, the/DT capital/NN of/IN South/NNP Kivu/NNP province/NN ./.
GOMA/NNP ,/, Congo/NNP ,/, Jan/NNP 27/CD (/( Reuters/NNP )/) -/: Rebel/NN fighters/NNS marched/VBD through/IN the/DT streets/NNS of/IN Goma/NNP on/IN Monday/NNP as/IN residents/NNS hid/VBD indoors/RB ./.
Nigerian/JJ troops/NNS rescued/VBD 56/CD hostages/NNS held/VBN by/IN Boko/NNP Haram/NNP in/IN Borno/NNP state/NN ./.
The/DT Islamic/NNP State/NNP West/NNP Africa/NNP Province/NNP ,/, a/DT Boko/NNP Haram/NNP splinter/NN group/NN ,/, has/VBZ grown/VBN stronger/JJR in/IN the/DT Lake/NNP Chad/NNP area/NN ./.
JNIM/NNP ,/, an/DT al-Qaeda/NNP affiliate/NN ,/, has/VBZ expanded/VBN its/PRP$ attacks/NNS into/IN Benin/NNP and/CC Togo/NNP ./.
Malian/JJ junta/NN leader/NN Col./NNP Assimi/NNP Goita/NNP was/VBD given/VBN a/DT new/JJ five-year/JJ term/NN without/IN an/DT election/NN ./.
The/DT Wagner/NNP Group/NNP ,/, now/RB rebranded/VBN as/IN the/DT Africa/NNP Corps/NNP ,/, still/RB has/VBZ about/RB 2,000/CD men/NNS in/IN Mali/NNP ./.
Yevgeny/NNP Prigozhin/NNP ,/, the/DT founder/NN of/IN Wagner/NNP ,/, died/VBD in/IN a/DT plane/NN crash/NN two/CD months/NNS after/IN his/PRP$ mutiny/NN ./.
Somali/JJ President/NNP Hassan/NNP Sheikh/NNP Mohamud/NNP said/VBD the/DT army/NN had/VBD retaken/VBN 20/CD towns/NNS from/IN al-Shabaab/NNP ./.
MOGADISHU/NNP ,/, Aug/NNP 3/CD (/( Reuters/NNP )/) -/: A/DT suicide/NN bomber/NN killed/VBD at/IN least/JJS 32/CD people/NNS at/IN a/DT beach/NN in/IN Mogadishu/NNP late/RB on/IN Friday/NNP ,/, police/NNS said/VBD ./.
Kenyan/JJ police/NNS ,/, deployed/VBN to/TO Haiti/NNP under/IN a/DT UN-backed/JJ mission/NN ,/, clashed/VBD with/IN gangs/NNS in/IN Port-au-Prince/NNP ./.
Haitian/JJ gang/NN leader/NN Jimmy/NNP Cherizier/NNP ,/, known/VBN as/IN "/" Barbecue/NNP "/" ,/, threatened/VBD to/TO attack/VB the/DT airport/NN ./.
Venezuelan/JJ President/NNP Nicolas/NNP Maduro/NNP was/VBD sworn/VBN in/RP for/IN a/DT third/JJ term/NN despite/IN opposition/NN claims/NNS of/IN fraud/NN ./.
Opposition/NN leader/NN Maria/NNP Corina/NNP Machado/NNP went/VBD into/IN hiding/NN after/IN the/DT vote/NN ./.
Colombian/JJ President/NNP Gustavo/NNP Petro/NNP suspended/VBD peace/NN talks/NNS with/IN the/DT National/NNP Liberation/NNP Army/NNP ,/, or/CC ELN/NNP ./.
Former/JJ members/NNS of/IN the/DT Revolutionary/NNP Armed/NNP Forces/NNPS of/IN Colombia/NNP ,/, or/CC FARC/NNP ,/, were/VBD granted/VBN seats/NNS in/IN Congress/NNP ./.
Mexican/JJ President/NNP Claudia/NNP Sheinbaum/NNP said/VBD Mexico/NNP would/MD not/RB accept/VB U.S./NNP troops/NNS on/IN its/PRP$ soil/NN ./.
The/DT Sinaloa/NNP Cartel/NNP has/VBZ been/VBN torn/VBN apart/RB by/IN a/DT war/NN between/IN two/CD factions/NNS ./.
Brazilian/JJ President/NNP Luiz/NNP Inacio/NNP Lula/NNP da/NNP Silva/NNP hosted/VBD BRICS/NNP leaders/NNS in/IN Rio/NNP de/NNP Janeiro/NNP ./.
Argentina/NNP 's/POS President/NNP Javier/NNP Milei/NNP cut/VBD public/JJ spending/NN by/IN nearly/RB a/DT third/NN in/IN his/PRP$ first/JJ year/NN ./.
President/NNP Donald/NNP Trump/NNP signed/VBD an/DT executive/JJ order/NN imposing/VBG tariffs/NNS on/IN steel/NN imports/NNS ./.
Vice/NNP President/NNP JD/NNP Vance/NNP said/VBD the/DT administration/NN would/MD not/RB back/VB down/RP ./.
Secretary/NNP of/IN State/NNP Marco/NNP Rubio/NNP met/VBD his/PRP$ Russian/JJ counterpart/NN ,/, Sergei/NNP Lavrov/NNP ,/, in/IN Riyadh/NNP ./.
Russian/JJ Foreign/NNP Minister/NNP Sergei/NNP Lavrov/NNP accused/VBD the/DT West/NNP of/IN prolonging/VBG the/DT war/NN ./.
Kremlin/NNP spokesman/NN Dmitry/NNP Peskov/NNP said/VBD there/EX was/VBD "/" no/DT date/NN yet/RB "/" for/IN a/DT meeting/NN ./.
The/DT Russian/JJ Defence/NNP Ministry/NNP said/VBD its/PRP$ forces/NNS had/VBD captured/VBN the/DT village/NN of/IN Novomykhailivka/NNP ./.
Former/JJ Russian/JJ president/NN Dmitry/NNP Medvedev/NNP ,/, now/RB deputy/JJ chairman/NN of/IN the/DT Security/NNP Council/NNP ,/, warned/VBD of/IN nuclear/JJ retaliation/NN ./.
Russian/JJ opposition/NN leader/NN Alexei/NNP Navalny/NNP died/VBD in/IN an/DT Arctic/NNP prison/NN colony/NN in/IN February/NNP 2024/CD ./.
His/PRP$ widow/NN ,/, Yulia/NNP Navalnaya/NNP ,/, has/VBZ vowed/VBN to/TO continue/VB his/PRP$ work/NN ./.
Belarusian/JJ opposition/NN leader/NN Sviatlana/NNP Tsikhanouskaya/NNP addressed/VBD the/DT European/NNP Parliament/NNP in/IN Strasbourg/NNP ./.
Georgian/JJ Dream/NNP ,/, the/DT ruling/VBG party/NN founded/VBN by/IN billionaire/NN Bidzina/NNP Ivanishvili/NNP ,/, claimed/VBD victory/NN in/IN the/DT parliamentary/JJ election/NN ./.
Georgian/JJ President/NNP Salome/NNP Zourabichvili/NNP refused/VBD to/TO recognise/VB the/DT result/NN ./.
Armenian/JJ Prime/NNP Minister/NNP Nikol/NNP Pashinyan/NNP and/CC Azerbaijani/JJ President/NNP Ilham/NNP Aliyev/NNP initialled/VBD a/DT peace/NN agreement/NN at/IN the/DT White/NNP House/NNP ./.
Serbian/JJ President/NNP Aleksandar/NNP Vucic/NNP said/VBD Serbia/NNP would/MD never/RB recognise/VB Kosovo/NNP 's/POS independence/NN ./.
Kosovo/NNP Prime/NNP Minister/NNP Albin/NNP Kurti/NNP accused/VBD Belgrade/NNP of/IN arming/VBG Serb/NNP militants/NNS in/IN the/DT north/NN ./.
Hungarian/JJ Prime/NNP Minister/NNP Viktor/NNP Orban/NNP blocked/VBD the/DT EU/NNP aid/NN package/NN for/IN Ukraine/NNP ./.
Polish/JJ Prime/NNP Minister/NNP Donald/NNP Tusk/NNP said/VBD Poland/NNP would/MD build/VB a/DT fortified/VBN line/NN along/IN its/PRP$ eastern/JJ border/NN ./.
The/DT Poles/NNPS and/CC the/DT Lithuanians/NNPS have/VBP both/DT reinforced/VBN their/PRP$ borders/NNS with/IN Belarus/NNP ./.
WARSAW/NNP ,/, Nov/NNP 19/CD (/( Reuters/NNP )/) -/: Poland/NNP closed/VBD its/PRP$ last/JJ Russian/JJ consulate/NN on/IN Wednesday/NNP after/IN blaming/VBG Moscow/NNP for/IN sabotage/NN on/IN a/DT railway/NN line/NN ./.
Finnish/JJ President/NNP Alexander/NNP Stubb/NNP said/VBD Finland/NNP 's/POS border/NN with/IN Russia/NNP would/MD remain/VB closed/VBN ./.
Swedish/JJ Prime/NNP Minister/NNP Ulf/NNP Kristersson/NNP welcomed/VBD Sweden/NNP 's/POS accession/NN to/TO NATO/NNP ./.
NATO/NNP Secretary-General/NNP Mark/NNP Rutte/NNP said/VBD the/DT alliance/NN was/VBD ready/JJ to/TO defend/VB "/" every/DT inch/NN "/" of/IN allied/VBN territory/NN ./.
UN/NNP Secretary-General/NNP Antonio/NNP Guterres/NNP condemned/VBD the/DT attack/NN "/" in/IN the/DT strongest/JJS terms/NNS "/" ./.
The/DT UN/NNP High/NNP Commissioner/NNP for/IN Refugees/NNPS said/VBD 1.2/CD million/CD people/NNS had/VBD crossed/VBN into/IN Chad/NNP ./.
UNHCR/NNP and/CC UNICEF/NNP launched/VBD a/DT joint/JJ appeal/NN for/IN Rohingya/NNP refugees/NNS in/IN Bangladesh/NNP ./.
The/DT World/NNP Food/NNP Programme/NNP said/VBD it/PRP would/MD cut/VB rations/NNS for/IN 3/CD million/CD Afghans/NNPS ./.
The/DT UN/NNP Relief/NNP and/CC Works/NNPS Agency/NNP for/IN Palestine/NNP Refugees/NNPS ,/, known/VBN as/IN UNRWA/NNP ,/, was/VBD banned/VBN from/IN operating/VBG in/IN Israel/NNP ./.
The/DT International/NNP Criminal/NNP Court/NNP issued/VBD an/DT arrest/NN warrant/NN for/IN the/DT Russian/JJ leader/NN in/IN March/NNP 2023/CD ./.
The/DT International/NNP Court/NNP of/IN Justice/NNP ordered/VBD Israel/NNP to/TO allow/VB aid/NN into/IN Gaza/NNP ./.
ICC/NNP prosecutor/NN Karim/NNP Khan/NNP sought/VBD warrants/NNS for/IN leaders/NNS of/IN both/DT Israel/NNP and/CC Hamas/NNP ./.
The/DT Hague/NNP court/NN ruled/VBD that/IN Russia/NNP had/VBD violated/VBN a/DT treaty/NN on/IN terrorism/NN financing/NN ./.
The/DT U.S./NNP Treasury/NNP Department/NNP 's/POS Office/NNP of/IN Foreign/NNP Assets/NNPS Control/NNP imposed/VBD sanctions/NNS on/IN six/CD companies/NNS ./.
The/DT Pentagon/NNP said/VBD two/CD American/JJ service/NN members/NNS had/VBD been/VBN wounded/VBN in/IN a/DT drone/NN attack/NN in/IN Syria/NNP ./.
Defense/NNP Secretary/NNP Pete/NNP Hegseth/NNP ordered/VBD a/DT second/JJ aircraft/NN carrier/NN to/TO the/DT Middle/NNP East/NNP ./.
The/DT CIA/NNP and/CC the/DT FBI/NNP declined/VBD to/TO comment/VB ./.
The/DT Federal/NNP Bureau/NNP of/IN Investigation/NNP is/VBZ treating/VBG the/DT shooting/NN as/IN an/DT act/NN of/IN terrorism/NN ./.
The/DT Department/NNP of/IN Homeland/NNP Security/NNP said/VBD 1,400/CD people/NNS had/VBD been/VBN detained/VBN in/IN the/DT raids/NNS ./.
House/NNP Speaker/NNP Mike/NNP Johnson/NNP said/VBD the/DT House/NNP would/MD vote/VB on/IN the/DT bill/NN next/JJ week/NN ./.
Senate/NNP Majority/NNP Leader/NNP John/NNP Thune/NNP said/VBD Democrats/NNPS were/VBD blocking/VBG the/DT nomination/NN ./.
Rep./NNP Alexandria/NNP Ocasio-Cortez/NNP ,/, a/DT New/NNP York/NNP Democrat/NNP ,/, called/VBD the/DT plan/NN "/" cruel/JJ "/" ./.
Gov./NNP Gavin/NNP Newsom/NNP of/IN California/NNP sued/VBD the/DT administration/NN over/IN the/DT deployment/NN of/IN National/NNP Guard/NNP troops/NNS to/TO Los/NNP Angeles/NNP ./.
The/DT Supreme/NNP Court/NNP agreed/VBD to/TO hear/VB the/DT case/NN in/IN its/PRP$ next/JJ term/NN ./.
Chief/NNP Justice/NNP John/NNP G./NNP Roberts/NNP Jr./NNP wrote/VBD the/DT majority/NN opinion/NN ./.
Dr./NNP Anthony/NNP S./NNP Fauci/NNP testified/VBD before/IN the/DT Senate/NNP committee/NN ./.
Mr./NNP Biden/NNP and/CC Mrs./NNP Clinton/NNP both/DT spoke/VBD at/IN the/DT convention/NN ./.
Ms./NNP Harris/NNP told/VBD supporters/NNS in/IN Atlanta/NNP that/IN the/DT race/NN was/VBD "/" wide/RB open/JJ "/" ./.
The/DT Rev./NNP Martin/NNP Luther/NNP King/NNP Jr./NNP led/VBD the/DT march/NN from/IN Selma/NNP to/TO Montgomery/NNP in/IN 1965/CD ./.
John/NNP F./NNP Kennedy/NNP was/VBD assassinated/VBN in/IN Dallas/NNP on/IN Nov./NNP 22/CD ,/, 1963/CD ./.
Pope/NNP Leo/NNP XIV/NNP called/VBD for/IN an/DT end/NN to/TO the/DT fighting/NN in/IN his/PRP$ Sunday/NNP address/NN at/IN the/DT Vatican/NNP ./.
King/NNP Charles/NNP III/NNP opened/VBD the/DT new/JJ session/NN of/IN Parliament/NNP ./.
The/DT Dalai/NNP Lama/NNP said/VBD his/PRP$ successor/NN would/MD be/VB born/VBN in/IN the/DT free/JJ world/NN ./.
Japanese/JJ Prime/NNP Minister/NNP Shigeru/NNP Ishiba/NNP said/VBD Japan/NNP would/MD increase/VB its/PRP$ defence/NN budget/NN ./.
The/DT Japanese/JJ Self-Defense/NNP Forces/NNPS took/VBD part/NN in/IN the/DT joint/JJ drills/NNS ./.
Philippine/JJ President/NNP Ferdinand/NNP Marcos/NNP Jr./NNP accused/VBD China/NNP 's/POS coast/NN guard/NN of/IN ramming/VBG a/DT supply/NN boat/NN ./.
The/DT China/NNP Coast/NNP Guard/NNP used/VBD water/NN cannon/NN against/IN Philippine/JJ vessels/NNS near/IN Second/NNP Thomas/NNP Shoal/NNP ./.
MANILA/NNP ,/, Aug/NNP 19/CD (/( Reuters/NNP )/) -/: Two/CD Philippine/JJ ships/NNS were/VBD damaged/VBN in/IN a/DT collision/NN with/IN Chinese/JJ vessels/NNS in/IN the/DT South/NNP China/NNP Sea/NNP ,/, Manila/NNP said/VBD ./.
The/DT Filipinos/NNPS say/VBP the/DT shoal/NN lies/VBZ within/IN their/PRP$ exclusive/JJ economic/JJ zone/NN ./.
Myanmar/NNP 's/POS junta/NN chief/NN ,/, Senior/NNP General/NNP Min/NNP Aung/NNP Hlaing/NNP ,/, announced/VBD elections/NNS for/IN December/NNP ./.
The/DT Arakan/NNP Army/NNP now/RB controls/VBZ most/JJS of/IN Rakhine/NNP state/NN ./.
Aung/NNP San/NNP Suu/NNP Kyi/NNP remains/VBZ in/IN detention/NN ./.
Bangladesh/NNP 's/POS interim/JJ leader/NN ,/, Nobel/NNP laureate/NN Muhammad/NNP Yunus/NNP ,/, promised/VBD elections/NNS in/IN early/JJ 2026/CD ./.
Former/JJ prime/JJ minister/NN Sheikh/NNP Hasina/NNP fled/VBD to/TO India/NNP after/IN weeks/NNS of/IN student-led/JJ protests/NNS ./.
Sri/NNP Lankan/JJ President/NNP Anura/NNP Kumara/NNP Dissanayake/NNP won/VBD a/DT two-thirds/JJ majority/NN in/IN parliament/NN ./.
The/DT Australian/JJ and/CC New/NNP Zealand/NNP governments/NNS condemned/VBD the/DT launch/NN ./.
Canadian/JJ Prime/NNP Minister/NNP Mark/NNP Carney/NNP said/VBD Canada/NNP would/MD respond/VB to/TO the/DT tariffs/NNS ./.
Canadians/NNPS have/VBP cancelled/VBN trips/NNS to/TO the/DT United/NNP States/NNPS in/IN large/JJ numbers/NNS ./.
OTTAWA/NNP ,/, Feb/NNP 2/CD (/( Reuters/NNP )/) -/: Canada/NNP will/MD impose/VB 25/CD percent/NN tariffs/NNS on/IN $/$ 155/CD billion/CD worth/NN of/IN U.S./NNP goods/NNS ,/, Ottawa/NNP said/VBD ./.
The/DT Bank/NNP of/IN England/NNP held/VBD interest/NN rates/NNS at/IN 4.25/CD percent/NN ./.
Federal/NNP Reserve/NNP Chair/NNP Jerome/NNP Powell/NNP said/VBD the/DT Fed/NNP was/VBD in/IN no/DT hurry/NN to/TO cut/VB rates/NNS ./.
The/DT European/NNP Central/NNP Bank/NNP cut/VBD its/PRP$ deposit/NN rate/NN for/IN the/DT seventh/JJ time/NN ./.
The/DT International/NNP Monetary/NNP Fund/NNP approved/VBD a/DT $/$ 7/CD billion/CD loan/NN for/IN Pakistan/NNP ./.
IMF/NNP Managing/NNP Director/NNP Kristalina/NNP Georgieva/NNP warned/VBD that/IN the/DT trade/NN war/NN would/MD slow/VB global/JJ growth/NN ./.
The/DT Organization/NNP of/IN the/DT Petroleum/NNP Exporting/NNP Countries/NNPS ,/, or/CC OPEC/NNP ,/, agreed/VBD to/TO raise/VB output/NN ./.
The/DT Muslim/NNP Brotherhood/NNP was/VBD banned/VBN in/IN Egypt/NNP in/IN 2013/CD ./.
Palestinian/JJ President/NNP Mahmoud/NNP Abbas/NNP ,/, who/WP heads/VBZ the/DT Palestinian/NNP Authority/NNP ,/, is/VBZ 89/CD ./.
Islamic/NNP Jihad/NNP said/VBD its/PRP$ fighters/NNS had/VBD fired/VBN rockets/NNS at/IN Sderot/NNP ./.
The/DT Fatah/NNP movement/NN and/CC Hamas/NNP signed/VBD a/DT unity/NN declaration/NN in/IN Beijing/NNP ./.
Israel/NNP 's/POS Shin/NNP Bet/NNP security/NN agency/NN said/VBD it/PRP had/VBD arrested/VBN a/DT cell/NN planning/VBG attacks/NNS ./.
The/DT Mossad/NNP chief/NN ,/, David/NNP Barnea/NNP ,/, travelled/VBD to/TO Doha/NNP for/IN the/DT talks/NNS ./.
The/DT Israelis/NNPS and/CC the/DT Palestinians/NNPS have/VBP not/RB held/VBN direct/JJ talks/NNS since/IN 2014/CD ./.
Israeli/JJ settlers/NNS set/VBD fire/NN to/TO homes/NNS and/CC cars/NNS in/IN the/DT Palestinian/JJ village/NN of/IN Turmus/NNP Ayya/NNP ./.
JERUSALEM/NNP ,/, April/NNP 14/CD (/( Reuters/NNP )/) -/: Iran/NNP launched/VBD more/JJR than/IN 300/CD drones/NNS and/CC missiles/NNS at/IN Israel/NNP overnight/RB ,/, almost/RB all/DT of/IN which/WDT were/VBD intercepted/VBN ./.
Iraqi/JJ Prime/NNP Minister/NNP Mohammed/NNP Shia/NNP al-Sudani/NNP said/VBD Iraq/NNP would/MD not/RB be/VB dragged/VBN into/IN a/DT regional/JJ war/NN ./.
The/DT Popular/NNP Mobilisation/NNP Forces/NNPS ,/, an/DT umbrella/NN group/NN of/IN mostly/RB Shiite/JJ militias/NNS ,/, are/VBP part/NN of/IN the/DT Iraqi/JJ state/NN ./.
Kataib/NNP Hezbollah/NNP denied/VBD involvement/NN in/IN the/DT drone/NN strike/NN ./.
Iraqi/JJ Kurdish/JJ officials/NNS in/IN Erbil/NNP said/VBD the/DT oil/NN pipeline/NN had/VBD been/VBN reopened/VBN ./.
The/DT Kurdistan/NNP Workers/NNPS '/POS Party/NNP ,/, or/CC PKK/NNP ,/, announced/VBD that/IN it/PRP would/MD disband/VB ./.
The/DT Kurds/NNPS have/VBP long/RB sought/VBN a/DT state/NN of/IN their/PRP$ own/JJ ./.
ANKARA/NNP (/( Reuters/NNP )/) -/: Turkish/JJ police/NNS detained/VBD Istanbul/NNP Mayor/NNP Ekrem/NNP Imamoglu/NNP on/IN Wednesday/NNP ,/, days/NNS before/IN he/PRP was/VBD due/JJ to/TO be/VB named/VBN as/IN a/DT presidential/JJ candidate/NN ./.
The/DT Republican/NNP People/NNP 's/POS Party/NNP ,/, Turkey/NNP 's/POS main/JJ opposition/NN ,/, called/VBD the/DT arrest/NN a/DT coup/NN ./.
The/DT European/NNP Court/NNP of/IN Human/NNP Rights/NNPS ruled/VBD against/IN Turkey/NNP ./.
The/DT African/NNP Union/NNP suspended/VBD Niger/NNP after/IN the/DT coup/NN ./.
The/DT Alliance/NNP of/IN Sahel/NNP States/NNPS ,/, formed/VBN by/IN Mali/NNP ,/, Burkina/NNP Faso/NNP and/CC Niger/NNP ,/, left/VBD ECOWAS/NNP in/IN January/NNP ./.
Burkina/NNP Faso/NNP 's/POS military/JJ leader/NN ,/, Capt./NNP Ibrahim/NNP Traore/NNP ,/, said/VBD the/DT country/NN would/MD "/" never/RB again/RB "/" accept/VB foreign/JJ bases/NNS ./.
French/JJ troops/NNS left/VBD Chad/NNP in/IN January/NNP ,/, ending/VBG decades/NNS of/IN military/JJ presence/NN ./.
The/DT French/NNPS have/VBP now/RB withdrawn/VBN from/IN almost/RB all/DT their/PRP$ bases/NNS in/IN West/NNP Africa/NNP ./.
Ukrainian/JJ President/NNP Volodymyr/NNP Zelensky/NNP visited/VBD front-line/JJ positions/NNS near/IN Kharkiv/NNP and/CC handed/VBD out/RP medals/NNS to/TO soldiers/NNS ./.
ODESA/NNP ,/, Ukraine/NNP ,/, July/NNP 20/CD (/( AP/NNP )/) -/: Russian/JJ missiles/NNS struck/VBD the/DT historic/JJ centre/NN of/IN Odessa/NNP overnight/RB ,/, damaging/VBG the/DT Transfiguration/NNP Cathedral/NNP ./.
Al-Qaeda/NNP in/IN the/DT Arabian/NNP Peninsula/NNP ,/, based/VBN in/IN Yemen/NNP ,/, is/VBZ considered/VBN one/CD of/IN the/DT network/NN 's/POS most/RBS dangerous/JJ branches/NNS ./.
The/DT Islamic/NNP Republic/NNP has/VBZ accused/VBN the/DT Americans/NNPS and/CC the/DT British/NNPS of/IN stirring/VBG up/RP the/DT unrest/NN ./.
Tehran/NNP 's/POS chief/JJ nuclear/JJ negotiator/NN ,/, Abbas/NNP Araghchi/NNP ,/, said/VBD the/DT next/JJ round/NN would/MD be/VB held/VBN in/IN Muscat/NNP ./.
The/DT mayor/NN of/IN Mykolaiv/NNP ,/, Oleksandr/NNP Senkevych/NNP ,/, said/VBD the/DT city/NN had/VBD been/VBN without/IN drinking/NN water/NN for/IN a/DT month/NN ./.
Ukraine/NNP 's/POS military/JJ intelligence/NN agency/NN ,/, the/DT HUR/NNP ,/, said/VBD its/PRP$ drones/NNS had/VBD hit/VBN an/DT oil/NN refinery/NN in/IN Russia/NNP 's/POS Ryazan/NNP region/NN ./.
